import type { Locale } from "../messages.ts";

/**
 * The words of a 整改通知书 / 督办单, as the Word file and the print view both print them
 * (one wording, two renderings).
 */
export const RECTIFICATION_NOTICE_TEXT = {
  "zh-CN": {
    rectification_notice: "整改通知书",
    supervision_order: "督办单",
    to: (unit: string) => `${unit}：`,
    intro: (n: number, form: string) =>
      form === "supervision_order"
        ? `经督查，你单位负责的以下 ${n} 个问题整改不力，现予督办。请主要负责同志亲自过问，于整改期限前整改到位，并按期报送整改情况。`
        : `经检查，你单位负责的点位存在以下 ${n} 个问题。请对照测评标准，于整改期限前整改到位，并按期报送整改情况。`,
    item: (i: number) =>
      `（${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][i] ?? i + 1}）问题 ${i + 1}`,
    fields: [
      "问题编号",
      "点位",
      "地址",
      "问题类别",
      "问题描述",
      "发现时间",
      "测评标准",
      "整改期限",
    ],
    reply: (days: number) => `请于收到本通知 ${days} 个工作日内填写回执，连同整改后照片报送。`,
    cut: "------------------------------- 回　执 -------------------------------",
    slip: [
      "通知书文号",
      "整改完成情况",
      "整改后照片",
      "责任人",
      "联系电话",
      "完成日期",
      "单位负责人（签字）",
      "单位（盖章）",
    ],
    photosAttached: "（附后）",
  },
  en: {
    rectification_notice: "Rectification notice",
    supervision_order: "Supervision order",
    to: (unit: string) => `To ${unit}:`,
    intro: (n: number, form: string) =>
      form === "supervision_order"
        ? `The following ${n} findings of your unit are behind. Your head of unit is asked to see that they are fixed by their deadlines and to report back.`
        : `The inspection found the following ${n} problems at sites your unit is responsible for. Please fix them by their deadlines, against the standards named, and report back.`,
    item: (i: number) => `Finding ${i + 1}`,
    fields: ["Code", "Site", "Address", "Category", "Description", "Found", "Standard", "Deadline"],
    reply: (days: number) =>
      `Return the reply slip with photos of the fix within ${days} working days.`,
    cut: "------------------------------- Reply slip -------------------------------",
    slip: [
      "Notice number",
      "What was done",
      "Photos after",
      "Owner",
      "Phone",
      "Date fixed",
      "Head of unit (signature)",
      "Unit (seal)",
    ],
    photosAttached: "(attached)",
  },
} satisfies Record<Locale, unknown>;
