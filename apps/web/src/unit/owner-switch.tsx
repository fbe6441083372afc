import { useId } from "react";
import { useTranslation } from "react-i18next";

/**
 * "Whole unit" / "mine" as two radios drawn as antd's Segmented (unit.css): the same look and
 * arrow-key behaviour, without antd's styles on the officer's first screen (issue 15).
 */
export function OwnerSwitch({
  mine,
  onChange,
}: {
  mine: boolean;
  onChange: (mine: boolean) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const options = [
    { mine: false, label: t("unit.allTasks") },
    { mine: true, label: t("tasks.mine") },
  ];
  return (
    <div
      role="radiogroup"
      aria-label={t("tasks.byOwner")}
      className="unit-switch"
      data-testid="unit-owner-filter"
    >
      {options.map((o) => (
        <label key={o.label} className={o.mine === mine ? "is-selected" : undefined}>
          <input
            type="radio"
            name={name}
            checked={o.mine === mine}
            onChange={() => onChange(o.mine)}
          />
          <span title={o.label}>{o.label}</span>
        </label>
      ))}
    </div>
  );
}
