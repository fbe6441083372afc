export * from "./channel-settings.ts";
export * from "./create-notifications.ts";
export * from "./delivery-kick.ts";
export * from "./notification-settings.ts";
export * from "./run-deliveries.ts";
export * from "./run-digests.ts";
export * from "./run-reminders.ts";
export * from "./task-recipients.ts";
