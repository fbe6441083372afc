import type { TaskDetail } from "@cw/domain";
import { Col, Row, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { NoData } from "../components/query-states.tsx";
import { TaskPhotos } from "./task-photos.tsx";

/**
 * Before and after side by side (stacked on a phone), as the server split them: the finding's
 * photos, then the fix on the spot's photo and the unit's latest evidence. Thumbnails, each
 * opening the original.
 */
export function TaskEvidence({ evidence }: { evidence: TaskDetail["evidence"] }) {
  const { t } = useTranslation();
  const side = (which: "before" | "after") => {
    const label = t(`taskDetail.evidence.${which}`);
    const photos = evidence[which];
    return (
      <Col xs={24} sm={12} data-testid={`evidence-${which}`}>
        <Typography.Text strong>{label}</Typography.Text>
        {photos.length ? (
          <TaskPhotos photos={photos} label={label} />
        ) : (
          <NoData description={t("taskDetail.noPhotos")} />
        )}
      </Col>
    );
  };
  return (
    <Row gutter={[16, 8]}>
      {side("before")}
      {side("after")}
    </Row>
  );
}
