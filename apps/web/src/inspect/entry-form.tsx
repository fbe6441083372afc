import { createFindingInputSchema } from "@cw/domain";
import { Button, Checkbox, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { CategorySelect } from "./category-select.tsx";
import { PhotoInput } from "./photo-input.tsx";

export interface EntryValues {
  category: string;
  description?: string;
  photos?: Blob[];
  fixedOnSpot?: boolean;
  afterPhotos?: Blob[];
}

/**
 * The short form behind a failed standard or a free finding: category, what is wrong, a photo.
 * A free finding may be fixed on the spot (立行立改), which needs the "after" photo.
 */
export function EntryForm({
  title,
  free,
  onSave,
  onCancel,
}: {
  title: string;
  /** A free finding: description required, and it can be fixed on the spot. */
  free: boolean;
  onSave: (values: EntryValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<EntryValues>();
  const fixed = Form.useWatch("fixedOnSpot", form);
  return (
    <section className="inspect-form card" aria-label={title}>
      <h3>{title}</h3>
      <Form form={form} layout="vertical" onFinish={onSave} requiredMark>
        <Form.Item
          name="category"
          label={t("inspect.category")}
          rules={[zodRule(createFindingInputSchema, "category", language)]}
        >
          <CategorySelect />
        </Form.Item>
        <Form.Item
          name="description"
          label={t("inspect.description")}
          extra={free ? undefined : t("inspect.descriptionHint")}
          rules={free ? [zodRule(createFindingInputSchema, "description", language)] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item name="photos" label={t("inspect.photo")}>
          <PhotoInput buttonText={t("inspect.takePhoto")} />
        </Form.Item>
        {free && (
          <Form.Item name="fixedOnSpot" valuePropName="checked">
            <Checkbox>{t("inspect.fixedOnSpot")}</Checkbox>
          </Form.Item>
        )}
        {free && fixed && (
          <Form.Item
            name="afterPhotos"
            label={t("inspect.afterPhoto")}
            required
            rules={[
              {
                validator: async (_r, value?: Blob[]) => {
                  if (!value?.length) throw new Error(t("inspect.afterPhotoRequired"));
                },
              },
            ]}
          >
            <PhotoInput buttonText={t("inspect.takeAfterPhoto")} required />
          </Form.Item>
        )}
        <div className="inspect-form-actions">
          <Button size="large" onClick={onCancel}>
            {t("inspect.cancel")}
          </Button>
          <Button size="large" type="primary" htmlType="submit">
            {t("inspect.save")}
          </Button>
        </div>
      </Form>
    </section>
  );
}
