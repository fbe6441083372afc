import {
  type RECTIFICATION_NOTICE_FORMS,
  RECTIFICATION_NOTICE_TEXT,
  type RectificationNoticeView,
} from "@cw/domain";
import { useQuery } from "@tanstack/react-query";
import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadError, Loading } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";

type Form = (typeof RECTIFICATION_NOTICE_FORMS)[number];
type Unit = RectificationNoticeView["units"][number];

/**
 * 整改通知书 / 督办单 in the browser, one per unit on its own A4 page, to print (issue 13):
 * `/documents/notice-print?ids=…&form=…&issuer=…&docNumber=…&days=…`. The words are the Word
 * file's (RECTIFICATION_NOTICE_TEXT); the tasks come from documents.rectificationNoticeView.
 */
export default function NoticePrintPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const findingIds = (params.get("ids") ?? "").split(",").filter(Boolean);
  const form: Form =
    params.get("form") === "supervision_order" ? "supervision_order" : "rectification_notice";
  const issuer = params.get("issuer") ?? t("documents.notice.defaultIssuer");
  const docNumber = params.get("docNumber") ?? "";
  const days = Number(params.get("days") ?? 3) || 3;
  const view = useQuery(trpc.documents.rectificationNoticeView.queryOptions({ findingIds }));

  if (view.isPending) return <Loading />;
  if (view.isError) return <LoadError error={view.error} onRetry={() => void view.refetch()} />;
  const words = RECTIFICATION_NOTICE_TEXT[language];
  return (
    <div className="page notice-print">
      <Button type="primary" onClick={() => window.print()}>
        {t("documents.rn.print")}
      </Button>
      {view.data.units.map((unit) => (
        <UnitNotice
          key={unit.unitName}
          unit={unit}
          words={words}
          form={form}
          issuer={issuer}
          docNumber={docNumber}
          days={days}
          formatTime={(d) => formatDateTime(d, language)}
        />
      ))}
    </div>
  );
}

function UnitNotice(props: {
  unit: Unit;
  words: (typeof RECTIFICATION_NOTICE_TEXT)[keyof typeof RECTIFICATION_NOTICE_TEXT];
  form: Form;
  issuer: string;
  docNumber: string;
  days: number;
  formatTime: (d: Date) => string;
}) {
  const { unit, words, form } = props;
  return (
    <section className="notice-sheet" data-testid="notice-sheet">
      <header className="notice-red-header">
        <div className="notice-issuer">{props.issuer}</div>
        <div className="notice-doc-number">{props.docNumber}</div>
      </header>
      <h1 className="notice-title">{words[form]}</h1>
      <p>{words.to(unit.unitName)}</p>
      <p className="notice-body">{words.intro(unit.tasks.length, form)}</p>
      {unit.tasks.map((task, i) => (
        <div key={task.code} className="notice-item">
          <h2>{words.item(i)}</h2>
          <table className="notice-table">
            <tbody>
              {[
                task.code,
                task.siteName,
                task.address,
                task.category,
                task.description,
                props.formatTime(task.foundAt),
                task.standard ? `${task.standard.code} ${task.standard.text}` : "—",
                task.deadline ?? "—",
              ].map((value, f) => (
                <tr key={words.fields[f]}>
                  <th>{words.fields[f]}</th>
                  <td>{value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="notice-photos">
            {task.photoIds.map((id) => (
              <img key={id} src={`/api/photos/${id}`} alt={task.code} />
            ))}
          </div>
        </div>
      ))}
      <p className="notice-body">{words.reply(props.days)}</p>
      <p className="notice-signature">{props.issuer}</p>
      <div className="notice-cut">{words.cut}</div>
      <table className="notice-table notice-slip">
        <tbody>
          {words.slip.map((label, i) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{i === 0 ? props.docNumber : i === 2 ? words.photosAttached : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
