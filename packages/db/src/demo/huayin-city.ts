// The demo city, from the seed report (shared/seed): Huayin (华阴市, Shaanxi), visited by the
// provincial civilization office on 20 September 2022. Sites are the ten it inspected; the
// coordinates are plausible positions around the city centre, not surveyed ones.

export const DEMO_CITY = {
  name: "华阴市",
  nameEn: "Huayin",
  centre: { lat: 34.5658, lng: 110.0921 },
};

export const DEMO_UNITS = [
  { code: "U01", name: "市委宣传部（市文明办）", kind: "bureau" },
  { code: "U02", name: "市文化和旅游局", kind: "bureau" },
  { code: "U03", name: "市行政审批服务局", kind: "bureau" },
  { code: "U04", name: "市交通运输局", kind: "bureau" },
  { code: "U05", name: "市市场监督管理局", kind: "bureau" },
  { code: "U06", name: "市城市管理执法局", kind: "bureau" },
  { code: "U07", name: "市住房和城乡建设局", kind: "bureau" },
  { code: "U08", name: "太华路街道办事处", kind: "street_office" },
  { code: "U09", name: "岳庙街道办事处", kind: "street_office" },
  { code: "U10", name: "华山景区管理委员会", kind: "other" },
] as const;

export const DEMO_SITE_TYPES = [
  { code: "practice_centre", name: "新时代文明实践中心/所/站" },
  { code: "tourist_centre", name: "游客服务中心" },
  { code: "commercial_street", name: "商业大街" },
  { code: "service_hall", name: "政务服务大厅" },
  { code: "coach_station", name: "长途汽车站" },
  { code: "farmers_market", name: "农贸市场" },
  { code: "residential", name: "居民小区" },
  { code: "park", name: "公园" },
  // Types without a demo site yet: the sample assessment trees apply standards to them.
  { code: "public_toilet", name: "公共厕所" },
  { code: "main_road", name: "主次干道" },
  { code: "bus_stop", name: "公交站台" },
  { code: "hospital", name: "医院" },
  { code: "school", name: "中小学校" },
  { code: "scenic_area", name: "景区" },
  { code: "back_street", name: "背街小巷" },
  { code: "public_square", name: "公共广场" },
] as const;

type SiteTypeCode = (typeof DEMO_SITE_TYPES)[number]["code"];
type UnitCode = (typeof DEMO_UNITS)[number]["code"];

export const DEMO_SITES: readonly {
  code: string;
  name: string;
  type: SiteTypeCode;
  unit: UnitCode;
  address: string;
  lat: number;
  lng: number;
}[] = [
  {
    code: "S01",
    name: "“一河两岸”新时代文明实践文化惠民基地",
    type: "practice_centre",
    unit: "U01",
    address: "华阴市长涧河两岸",
    lat: 34.5702,
    lng: 110.0858,
  },
  {
    code: "S02",
    name: "华山游客咨询服务中心",
    type: "tourist_centre",
    unit: "U10",
    address: "华阴市玉泉路华山游客中心",
    lat: 34.5541,
    lng: 110.0826,
  },
  {
    code: "S03",
    name: "禧悦巷子旅游商圈新时代文明实践点",
    type: "commercial_street",
    unit: "U08",
    address: "华阴市禧悦巷子",
    lat: 34.5623,
    lng: 110.0889,
  },
  {
    code: "S04",
    name: "市新时代文明实践中心",
    type: "practice_centre",
    unit: "U01",
    address: "华阴市岳庙街",
    lat: 34.5672,
    lng: 110.0947,
  },
  {
    code: "S05",
    name: "政务服务中心",
    type: "service_hall",
    unit: "U03",
    address: "华阴市迎宾大道",
    lat: 34.5731,
    lng: 110.0995,
  },
  {
    code: "S06",
    name: "二级汽车客运站",
    type: "coach_station",
    unit: "U04",
    address: "华阴市华山大道",
    lat: 34.5765,
    lng: 110.0912,
  },
  {
    code: "S07",
    name: "旅游集散中心",
    type: "tourist_centre",
    unit: "U02",
    address: "华阴市华山大道东段",
    lat: 34.5689,
    lng: 110.1043,
  },
  {
    code: "S08",
    name: "城北蔬菜市场",
    type: "farmers_market",
    unit: "U05",
    address: "华阴市城北",
    lat: 34.5811,
    lng: 110.0934,
  },
  {
    code: "S09",
    name: "交通小区",
    type: "residential",
    unit: "U09",
    address: "华阴市交通小区",
    lat: 34.5637,
    lng: 110.1011,
  },
  {
    code: "S10",
    name: "垃圾分类主题公园",
    type: "park",
    unit: "U06",
    address: "华阴市城南",
    lat: 34.5586,
    lng: 110.0968,
  },
];

/** Typical problems an inspector writes down, by category. */
export const DEMO_FINDING_TEXTS = {
  public_environment: [
    "垃圾桶满溢未及时清运",
    "绿化带内有烟头纸屑",
    "墙面存在乱贴乱画小广告",
    "公共厕所异味明显、地面湿滑",
  ],
  public_order: ["电动车乱停乱放占用盲道", "店外经营占道", "出入口车辆无序停放"],
  infrastructure: ["路灯不亮", "人行道地砖破损松动", "无障碍通道被杂物堵塞", "消防通道标识缺失"],
  public_service_ads: [
    "公益广告破损褪色",
    "缺少社会主义核心价值观宣传内容",
    "文明实践活动公示栏未更新",
  ],
  civic_behaviour: ["有人随地吐痰、乱扔垃圾无人劝导", "排队秩序混乱、无文明引导员"],
  service_quality: ["窗口无便民服务设施（老花镜、饮水）", "服务人员未佩戴工牌", "投诉电话未公示"],
} as const;

/** Demo sign-ins, one or more per role; listed in the README. */
export const DEMO_PASSWORD = "Huayin#Demo2026";
export const DEMO_USERS = [
  { username: "admin", displayName: "系统管理员", role: "admin", unit: null },
  { username: "coordinator", displayName: "文明办 张敏", role: "coordinator", unit: "U01" },
  { username: "inspector", displayName: "督查员 王强", role: "inspector", unit: null },
  { username: "inspector2", displayName: "督查员 李娜", role: "inspector", unit: null },
  { username: "officer", displayName: "交通运输局 联络员 赵磊", role: "unit_officer", unit: "U04" },
  {
    username: "officer2",
    displayName: "市场监管局 联络员 陈静",
    role: "unit_officer",
    unit: "U05",
  },
  { username: "leader", displayName: "市领导", role: "leader", unit: null },
] as const;

/**
 * Each unit's head (负责人) and liaison (联络员). A liaison who signs in is that user (`user`);
 * the others are contacts with a mobile number and an address at example.org.
 */
export const DEMO_UNIT_CONTACTS: readonly {
  unit: UnitCode;
  head: string;
  liaison: string | { user: (typeof DEMO_USERS)[number]["username"] };
}[] = [
  { unit: "U01", head: "刘建国", liaison: { user: "coordinator" } },
  { unit: "U02", head: "周文华", liaison: "吴婷" },
  { unit: "U03", head: "郑海涛", liaison: "冯丽" },
  { unit: "U04", head: "孙志刚", liaison: { user: "officer" } },
  { unit: "U05", head: "马永红", liaison: { user: "officer2" } },
  { unit: "U06", head: "黄卫东", liaison: "何佳" },
  { unit: "U07", head: "林国栋", liaison: "高峰" },
  { unit: "U08", head: "罗秀兰", liaison: "谢明" },
  { unit: "U09", head: "宋晓军", liaison: "唐静" },
  { unit: "U10", head: "韩立新", liaison: "曹阳" },
];

/** The Open311 key of the demo consumer system (the city's 12345 hotline platform). */
export const DEMO_OPEN311_KEY = "demo-open311-huayin-2026";
