/**
 * "Kết quả": counts by outcome, by title and by unit, quota controls, findings grouped by code (filterable;
 * clicking one selects its cell), and the write/filter/clear buttons.
 * Long lists are shown a page at a time so a 10,000-row result never blocks the page.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { localityParams } from "../../core/locality";
import { titleFull, sayer } from "../../core/render/labels";
import { criterionLabel } from "../fields";
import { SETTING_FIELDS } from "../settings-form";
import {
  OUTCOMES,
  type FindingFilter,
  type FindingGroupSummary,
  type FindingItem,
  type FindingSource,
} from "../view";
import { useText } from "./text";
import type { ResultsStepProps } from "./props";
import type { PaneKey } from "../i18n";

const PAGE = 50;
const VERDICTS: FindingItem["verdict"][] = ["gap", "unknown", "warning", "info"];

function Counts(props: { caption: string; counts: Record<string, number> }) {
  const { t } = useText();
  return (
    <Table size="small" aria-label={props.caption} className="counts">
      <caption>{props.caption}</caption>
      <TableBody>
        {OUTCOMES.map((o) => (
          <TableRow key={o} data-outcome={o}>
            <TableCell>{t(`outcome.${o}`)}</TableCell>
            <TableCell className="num" data-testid={`${props.caption}-${o}`}>
              {props.counts[o] ?? 0}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function FindingList(props: {
  source: FindingSource;
  filter: FindingFilter;
  code: string;
  count: number;
  onSelect?: ResultsStepProps["onSelect"];
}) {
  const { t } = useText();
  const [items, setItems] = useState<FindingItem[]>([]);
  const { source, filter, code } = props;
  useEffect(() => {
    let live = true;
    void source.items(filter, code, 0, PAGE).then((page) => live && setItems(page));
    return () => {
      live = false;
    };
  }, [source, filter, code]);
  const more = () =>
    void source
      .items(filter, code, items.length, PAGE)
      .then((page) => setItems((old) => [...old, ...page]));
  return (
    <ul className="findings">
      {items.map((f, i) => {
        const where = f.cell ? `${f.sheet}!${f.cell}` : `${f.sheet}, ${f.row}`;
        const text = `${f.who}${f.unit ? ` (${f.unit})` : ""}: ${f.message}`;
        return (
          <li key={`${f.sheet}-${f.row}-${f.cell}-${i}`} data-verdict={f.verdict}>
            {props.onSelect && f.cell ? (
              <Link
                as="button"
                onClick={() => props.onSelect?.(f.sheet, f.cell as string)}
                aria-label={`${t("results.goTo", { cell: f.cell, sheet: f.sheet })}: ${text}`}
              >
                {where}
              </Link>
            ) : (
              <Text weight="semibold">{where}</Text>
            )}{" "}
            <Text>{text}</Text>
          </li>
        );
      })}
      {props.count > items.length && items.length > 0 && (
        <li>
          <Button size="small" onClick={more}>
            {t("results.more", { count: Math.min(PAGE, props.count - items.length) })}
          </Button>
        </li>
      )}
    </ul>
  );
}

export function ResultsStep(props: ResultsStepProps) {
  const { t, lang } = useText();
  const [filter, setFilter] = useState<FindingFilter>({
    text: "",
    verdicts: [],
    decidingOnly: false,
  });
  const view = props.view;
  const [groups, setGroups] = useState<FindingGroupSummary[]>([]);
  const source = props.findings;
  useEffect(() => {
    let live = true;
    if (!source) setGroups([]);
    else void source.groups(filter).then((g) => live && setGroups(g));
    return () => {
      live = false;
    };
  }, [source, filter]);
  if (!view) return <Text>{t("results.empty")}</Text>;
  // provincial-level titles are named after the locality (criteria.md §6)
  const say = sayer(
    lang,
    localityParams({
      "locality.kind":
        props.entries["locality.kind"] === "tinh" || props.entries["locality.kind"] === "thanh_pho"
          ? props.entries["locality.kind"]
          : props.defaults["locality.kind"],
      "locality.name": props.entries["locality.name"] ?? props.defaults["locality.name"],
    })
  );
  const total = groups.reduce((n, g) => n + g.count, 0);
  const groupTitle = (code: string, count: number) => {
    const label = criterionLabel(props.ruleSet, code, lang);
    return label === code
      ? t("results.groupBare", { code, count })
      : t("results.group", { code, label, count });
  };
  const quotaFields = SETTING_FIELDS.filter((f) => f.key.startsWith("quota."));
  return (
    <div className="step">
      <Subtitle2 as="h2">{t("results.heading")}</Subtitle2>
      <div className="actions">
        {props.onFilterRows && (
          <Button onClick={props.onFilterRows} disabled={props.busy}>
            {t("results.filterRows")}
          </Button>
        )}
        <Button appearance="primary" onClick={props.onWriteSummary} disabled={props.busy}>
          {t("results.writeSummary")}
        </Button>
        <Button onClick={props.onClear} disabled={props.busy}>
          {t("results.clear")}
        </Button>
      </div>

      <div className="count-tables">
        <Counts caption={t("results.outcomes")} counts={view.totals.outcomes} />
        {view.totals.units > 0 && (
          <Counts caption={t("results.unitOutcomes")} counts={view.totals.unitOutcomes} />
        )}
      </div>

      <Table size="small" aria-label={t("results.byTitle")} className="by-title">
        <caption>{t("results.byTitle")}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("results.title")}</TableHeaderCell>
            <TableHeaderCell>{t("results.eligible")}</TableHeaderCell>
            <TableHeaderCell>{t("results.proposed")}</TableHeaderCell>
            <TableHeaderCell>{t("results.proposedEligible")}</TableHeaderCell>
            <TableHeaderCell>{t("results.proposedNotEligible")}</TableHeaderCell>
            <TableHeaderCell>{t("results.proposedNeedsInfo")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.byTitle.map((r) => (
            <TableRow key={r.title} data-title={r.title}>
              <TableCell>{titleFull(say, r.title)}</TableCell>
              <TableCell className="num" data-col="eligible">
                {r.eligible}
              </TableCell>
              <TableCell className="num" data-col="proposed">
                {r.proposed}
              </TableCell>
              <TableCell className="num">{r.proposedEligible}</TableCell>
              <TableCell className="num">{r.proposedNotEligible}</TableCell>
              <TableCell className="num">{r.proposedNeedsInfo}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Table size="small" aria-label={t("results.byUnit")} className="by-unit">
        <caption>{t("results.byUnit")}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("results.unit")}</TableHeaderCell>
            <TableHeaderCell>{t("results.rows")}</TableHeaderCell>
            {OUTCOMES.map((o) => (
              <TableHeaderCell key={o}>{t(`outcome.${o}`)}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.byUnit.map((u) => (
            <TableRow key={u.unit}>
              <TableCell>{u.unit || t("results.noUnit")}</TableCell>
              <TableCell className="num">{u.rows}</TableCell>
              {OUTCOMES.map((o) => (
                <TableCell key={o} className="num">
                  {u.outcomes[o]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <section aria-label={t("results.quotas")}>
        <Subtitle2 as="h3">{t("results.quotas")}</Subtitle2>
        <Table size="small" aria-label={t("results.quotas")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("results.quota.scope")}</TableHeaderCell>
              <TableHeaderCell>{t("results.quota.limit")}</TableHeaderCell>
              <TableHeaderCell>{t("results.quota.actual")}</TableHeaderCell>
              <TableHeaderCell>{t("results.quota.excess")}</TableHeaderCell>
              <TableHeaderCell>{t("results.quota.ok")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.quotas.map((q) => (
              <TableRow key={`${q.id}-${q.scope}`} data-quota={q.id}>
                <TableCell>
                  {q.id} · {q.scope === "workbook" ? t("results.quota.workbook") : q.scope}
                  {q.informational ? ` ${t("results.quota.info")}` : ""}
                </TableCell>
                <TableCell className="num">{q.limit ?? "–"}</TableCell>
                <TableCell className="num">{q.actual}</TableCell>
                <TableCell className="num">{q.excess}</TableCell>
                <TableCell>
                  {q.ok === null
                    ? t("results.quota.unknown")
                    : q.ok
                      ? t("results.quota.ok")
                      : t("results.quota.notOk")}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <div className="quota-controls">
          {quotaFields.map((f) =>
            f.control.kind === "choice" ? (
              <Field key={f.key} label={t(f.label)} hint={t(f.note)}>
                <Select
                  value={props.entries[f.key] ?? ""}
                  onChange={(_, d) => props.onSet(f.key, d.value)}
                >
                  {f.control.options.map((o) => (
                    <option key={o} value={o}>
                      {t(`${f.label}.${o}` as PaneKey)}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : (
              <Field key={f.key} label={t(f.label)} hint={t(f.note)}>
                <Input
                  value={props.entries[f.key] === "off" ? "" : (props.entries[f.key] ?? "")}
                  onChange={(_, d) =>
                    props.onSet(
                      f.key,
                      f.control.kind === "shareOrOff" && d.value.trim() === "" ? "off" : d.value
                    )
                  }
                />
              </Field>
            )
          )}
          <Button onClick={props.onRerun} disabled={props.busy}>
            {t("results.quota.apply")}
          </Button>
        </div>
      </section>

      <section aria-label={t("results.findings", { count: total })}>
        <Subtitle2 as="h3">{t("results.findings", { count: total })}</Subtitle2>
        <div className="filters">
          <Field label={t("results.filter")}>
            <Input
              type="search"
              value={filter.text}
              onChange={(_, d) => setFilter({ ...filter, text: d.value })}
            />
          </Field>
          <Field label={t("results.filter.verdict")}>
            <Select
              value={filter.verdicts[0] ?? ""}
              onChange={(_, d) =>
                setFilter({
                  ...filter,
                  verdicts: d.value ? [d.value as FindingItem["verdict"]] : [],
                })
              }
            >
              <option value="">{t("results.filter.all")}</option>
              {VERDICTS.map((v) => (
                <option key={v} value={v}>
                  {t(`verdict.${v}`)}
                </option>
              ))}
            </Select>
          </Field>
          <Checkbox
            label={t("results.filter.deciding")}
            checked={filter.decidingOnly}
            onChange={(_, d) => setFilter({ ...filter, decidingOnly: d.checked === true })}
          />
        </div>
        {groups.length === 0 && <Text>{t("results.noFindings")}</Text>}
        <Accordion multiple collapsible>
          {groups.map((g) => (
            <AccordionItem key={g.code} value={g.code}>
              <AccordionHeader>{groupTitle(g.code, g.count)}</AccordionHeader>
              <AccordionPanel>
                {source && (
                  <FindingList
                    source={source}
                    filter={filter}
                    code={g.code}
                    count={g.count}
                    onSelect={props.onSelect}
                  />
                )}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </section>

      {view.problems.length > 0 && (
        <section aria-label={t("results.problems", { count: view.problems.length })}>
          <Subtitle2 as="h3">{t("results.problems", { count: view.problems.length })}</Subtitle2>
          <ul className="problems">
            {view.problems.slice(0, 200).map((p, i) => (
              <li key={i} data-level={p.level}>
                <Caption1>
                  {t(`level.${p.level}`)}
                  {p.sheet ? ` · ${p.sheet}${p.cell ? `!${p.cell}` : ""}` : ""}
                </Caption1>{" "}
                <Text>{p.message}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
