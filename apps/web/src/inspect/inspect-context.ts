import type { CurrentUser } from "@cw/domain";
import { createContext, useContext } from "react";
import type { Outbox } from "../offline/use-outbox.ts";
import type { Position } from "./use-position.ts";

/** What every part of the phone view shares: who is inspecting, the queue, where they are. */
export interface InspectState {
  user: CurrentUser;
  outbox: Outbox;
  position: Position;
  online: boolean;
}

export const InspectContext = createContext<InspectState | null>(null);

export function useInspect(): InspectState {
  const state = useContext(InspectContext);
  if (!state) throw new Error("useInspect outside the inspect page");
  return state;
}
