import { useTranslation } from "react-i18next";
import { NotificationRulesSection } from "./notification-rules-section.tsx";
import { SmsGatewaySection } from "./sms-gateway-section.tsx";
import { UnitRobotsSection } from "./unit-robots-section.tsx";

/**
 * The channels beyond the bell: each unit's WeCom/DingTalk robot (the URL and secret go in,
 * only a masked URL comes back), the city's SMS gateway templates, and the rules against
 * formalism (quiet hours, daily cap, the reminder ladder's N, M and K).
 */
export function ChannelsTab() {
  const { t } = useTranslation();
  return (
    <section aria-label={t("admin.tabs.channels")}>
      <UnitRobotsSection />
      <SmsGatewaySection />
      <NotificationRulesSection />
    </section>
  );
}
