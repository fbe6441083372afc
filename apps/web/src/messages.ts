// User-facing text, zh-CN (the default). Issue 5 moves this into a full i18n library with English.
export const messages = {
  appTitle: "创文督查整改系统",
  city: "华阴市",
  overviewTitle: "创建工作总览",
  sites: "点位总数",
  openFindings: "未销号问题",
  overdueFindings: "逾期问题",
  openBySiteType: "各类点位未销号问题",
  open: "未销号",
  overdue: "逾期",
  loading: "正在加载…",
  loadFailed: "数据加载失败，请检查网络后重试。",
  retry: "重试",
  empty: "暂无未销号问题。",
  asOf: "统计时间",
} as const;
