import { z } from "zod";
import type { Locale } from "../messages.ts";

/** Kinds of generated documents (the generated_document.kind enum, same list and order). */
export const DOCUMENT_KINDS = [
  "task_list",
  "supervision_notice",
  "rectification_notice",
  "unit_evaluation",
  "leader_report", // the overview printed to PDF by the server (the weekly 通报)
] as const;
export const documentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/**
 * The three lists meetings work from: 问题清单 (findings), 责任清单 (who is responsible),
 * 整改清单 (progress and verification). Each is the same rows — the task list's current
 * filters, in its order — with the columns that list is read for.
 */
export const TASK_EXPORT_PRESETS = ["findings", "responsibility", "rectification"] as const;
export const taskExportPresetSchema = z.enum(TASK_EXPORT_PRESETS);
export type TaskExportPreset = z.infer<typeof taskExportPresetSchema>;

export const TASK_EXPORT_COLUMNS = [
  "code",
  "site",
  "siteType",
  "address",
  "unit",
  "owner",
  "category",
  "standardCode",
  "description",
  "foundAt",
  "deadline",
  "status",
  "daysOverdue",
  "lastProgress",
  "verifiedBy",
  "verifiedAt",
  "beforePhoto",
  "afterPhoto",
] as const;
export type TaskExportColumn = (typeof TASK_EXPORT_COLUMNS)[number];

/** Photo columns hold an embedded thumbnail, not text. */
export const PHOTO_COLUMNS: readonly TaskExportColumn[] = ["beforePhoto", "afterPhoto"];

export const TASK_EXPORT_PRESET_COLUMNS: Record<TaskExportPreset, readonly TaskExportColumn[]> = {
  findings: [
    "code",
    "site",
    "siteType",
    "address",
    "unit",
    "category",
    "standardCode",
    "description",
    "foundAt",
    "deadline",
    "status",
    "daysOverdue",
    "beforePhoto",
  ],
  responsibility: [
    "unit",
    "owner",
    "code",
    "site",
    "siteType",
    "address",
    "category",
    "standardCode",
    "description",
    "deadline",
    "status",
    "daysOverdue",
  ],
  rectification: [
    "code",
    "site",
    "unit",
    "owner",
    "description",
    "foundAt",
    "deadline",
    "status",
    "daysOverdue",
    "lastProgress",
    "verifiedBy",
    "verifiedAt",
    "beforePhoto",
    "afterPhoto",
  ],
};

const HEADINGS: Record<Locale, Record<TaskExportColumn | TaskExportPreset, string>> = {
  "zh-CN": {
    code: "问题编号",
    site: "点位",
    siteType: "点位类型",
    address: "地址",
    unit: "责任单位",
    owner: "责任人",
    category: "问题类别",
    standardCode: "测评标准编号",
    description: "问题描述",
    foundAt: "发现时间",
    deadline: "整改期限",
    status: "状态",
    daysOverdue: "逾期天数",
    lastProgress: "最新进展",
    verifiedBy: "复查人",
    verifiedAt: "复查时间",
    beforePhoto: "整改前照片",
    afterPhoto: "整改后照片",
    findings: "问题清单",
    responsibility: "责任清单",
    rectification: "整改清单",
  },
  en: {
    code: "Code",
    site: "Site",
    siteType: "Site type",
    address: "Address",
    unit: "Responsible unit",
    owner: "Owner",
    category: "Category",
    standardCode: "Standard",
    description: "Description",
    foundAt: "Found",
    deadline: "Deadline",
    status: "State",
    daysOverdue: "Days overdue",
    lastProgress: "Last progress",
    verifiedBy: "Verified by",
    verifiedAt: "Verified at",
    beforePhoto: "Before",
    afterPhoto: "After",
    findings: "Findings list",
    responsibility: "Responsibility list",
    rectification: "Rectification list",
  },
};

export const taskExportHeading = (locale: Locale, key: TaskExportColumn | TaskExportPreset) =>
  HEADINGS[locale][key];
