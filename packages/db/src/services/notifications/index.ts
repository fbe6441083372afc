export * from "./create-notifications.ts";
export * from "./task-recipients.ts";
