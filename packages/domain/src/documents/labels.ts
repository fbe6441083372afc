import type { FindingStatus } from "../finding-status.ts";
import type { Locale } from "../messages.ts";

/** The states as a printed document names them (the web app has its own catalogue). */
const STATUS: Record<Locale, Record<FindingStatus, string>> = {
  "zh-CN": {
    new: "新发现",
    assigned: "已派发",
    in_progress: "整改中",
    submitted: "待复查",
    returned: "已退回",
    partly_fixed: "部分整改",
    pushed_back: "退回待改派",
    closed: "已销号",
    cancelled: "已撤销",
  },
  en: {
    new: "New",
    assigned: "Assigned",
    in_progress: "In progress",
    submitted: "Awaiting verification",
    returned: "Returned",
    partly_fixed: "Partly fixed",
    pushed_back: "Pushed back",
    closed: "Closed",
    cancelled: "Cancelled",
  },
};

export const statusLabel = (locale: Locale, status: FindingStatus) => STATUS[locale][status];
