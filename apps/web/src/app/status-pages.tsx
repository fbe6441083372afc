import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";

// Lazy-loaded: antd's Result carries its 403/404/500 illustrations, rarely needed.

export function ForbiddenPage() {
  const { t } = useTranslation();
  return <Result status="403" title={t("app.forbidden")} extra={<BackHome />} />;
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title={t("app.notFound")} extra={<BackHome />} />;
}

function BackHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate("/")}>
      {t("app.backHome")}
    </Button>
  );
}
