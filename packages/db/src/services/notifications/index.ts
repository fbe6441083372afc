export * from "./create-notifications.ts";
export * from "./notification-centre.ts";
export * from "./task-event-notifications.ts";
export * from "./task-recipients.ts";
