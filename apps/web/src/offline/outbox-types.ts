import type { CheckResult } from "@cw/domain";

/** A finding the inspector logged at a site, not tied to a standard (findings.create). */
export interface FindingPayload {
  category: string;
  description: string;
  latitude?: number;
  longitude?: number;
  /** 立行立改: closed at once with the "after" photos. */
  fixedOnSpot: boolean;
}

/** One standard's result at a site (fieldChecks.record; a failure raises its finding). */
export interface CheckPayload {
  standardId: string;
  standardCode: string;
  result: CheckResult;
  category?: string;
  description?: string;
}

export type EntryState = "waiting" | "refused";

/**
 * One thing the inspector entered, kept on the phone until the server has it. The clientRef is
 * chosen when the entry is made, so a resend after an ambiguous failure cannot duplicate it.
 */
export interface OutboxEntry {
  clientRef: string;
  /** Creation order; entries are sent oldest first. */
  seq: number;
  createdAt: string;
  userId: string;
  siteId: string;
  siteName: string;
  kind: "finding" | "check";
  finding?: FindingPayload;
  check?: CheckPayload;
  photos: Blob[];
  afterPhotos: Blob[];
  /** Ids of photos already uploaded, so a retry does not upload them again. */
  uploaded: { photos: string[]; afterPhotos: string[] };
  state: EntryState;
  /** The last failure, in the user's language (server message) or a message key. */
  error?: string;
}

/** What stays visible after an entry was sent: enough to tell the inspector it arrived. */
export interface SentRecord {
  clientRef: string;
  siteName: string;
  kind: OutboxEntry["kind"];
  label: string;
  code?: string;
  sentAt: string;
}

export type NewEntry = Pick<OutboxEntry, "siteId" | "siteName" | "kind" | "finding" | "check"> & {
  photos?: Blob[];
  afterPhotos?: Blob[];
};
