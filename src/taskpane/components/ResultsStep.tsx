/**
 * "Kết quả", made for the task pane's 320–450 px: counts as summary cards; the findings grouped by criterion label
 * with counts, filtered by kind and unit, walked with "Trước"/"Tiếp theo" (each selects its cell in Excel; the
 * standalone page shows the cell's address and value) or with the arrow keys in a group's list; the quota controls;
 * the counts by title and unit folded, as stacked rows at narrow widths. Labels, never identifiers (criteria.md §7):
 * a code shows only in a tooltip. Long lists are shown a page at a time so a 10,000-row result never blocks the page.
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
  Select,
  Subtitle2,
  Text,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Lang } from "../../core/i18n/types";
import { localityParams } from "../../core/locality";
import { titleFull, sayer } from "../../core/render/labels";
import { labeller, labelMessage } from "../labels";
import { SETTING_FIELDS } from "../settings-form";
import {
  findingKey,
  OUTCOMES,
  type FindingFilter,
  type FindingGroupSummary,
  type FindingItem,
  type FindingSource,
} from "../view";
import { useText } from "./text";
import type { Label, PickFinding, ResultsStepProps, Walk } from "./props";
import type { PaneKey } from "../i18n";

const PAGE = 50;
const VERDICTS: FindingItem["verdict"][] = ["gap", "unknown", "warning", "info"];

function SummaryCards(props: { caption: string; counts: Record<string, number> }) {
  const { t } = useText();
  return (
    <section aria-label={props.caption} className="cards-block">
      <Caption1 block className="cards-caption">
        {props.caption}
      </Caption1>
      <ul className="cards">
        {OUTCOMES.map((o) => (
          <li key={o} className="card" data-outcome={o}>
            <span className="card-num" data-testid={`${props.caption}-${o}`}>
              {props.counts[o] ?? 0}
            </span>
            <span className="card-label">{t(`outcome.${o}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A table of more than three columns: a table when there is room, stacked rows on a narrow pane (styles.ts). */
function StackTable(props: {
  caption: string;
  head: string[];
  rows: { key: string; cells: (string | number)[]; attrs?: Record<string, string> }[];
}) {
  return (
    <table className="stack" aria-label={props.caption}>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.key} {...r.attrs}>
            {r.cells.map((c, i) => (
              <td key={i} data-label={props.head[i]} className={i > 0 ? "num" : undefined}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function whoText(f: FindingItem, label: Label): string {
  return `${f.who}${f.unit && f.unit !== f.who ? ` (${f.unit})` : ""}: ${labelMessage(f.message, f.code, label)}`;
}

function FindingList(props: {
  source: FindingSource;
  filter: FindingFilter;
  code: string;
  count: number;
  /** Index of the group's first finding among all the filtered findings. */
  offset: number;
  label: Label;
  groupLabel: string;
  current: string | null;
  onPick: PickFinding;
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
  // Up/Down (Home/End) move between the findings of the list; Enter or Space opens one.
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const keys = ["ArrowDown", "ArrowUp", "Home", "End"];
    if (!keys.includes(e.key)) return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>("button.finding")];
    if (!buttons.length) return;
    e.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === "Home"
        ? 0
        : e.key === "End"
          ? buttons.length - 1
          : Math.min(buttons.length - 1, Math.max(0, at + (e.key === "ArrowDown" ? 1 : -1)));
    buttons[next].focus();
  };
  return (
    <ul
      className="findings"
      aria-label={t("results.list", { label: props.groupLabel })}
      onKeyDown={onKeyDown}
    >
      {items.map((f, i) => {
        const key = findingKey(f);
        const where = f.cell ? `${f.sheet}!${f.cell}` : `${f.sheet}, ${f.row}`;
        const text = whoText(f, props.label);
        const current = key === props.current;
        return (
          <li key={`${key}-${i}`} data-verdict={f.verdict}>
            <button
              type="button"
              className={`finding${current ? " current" : ""}`}
              aria-current={current ? "true" : undefined}
              title={f.code}
              onClick={() => props.onPick(f, props.offset + i)}
              aria-label={`${
                f.cell
                  ? t("results.goTo", { cell: f.cell, sheet: f.sheet })
                  : t("results.nav.row", { row: f.row, sheet: f.sheet })
              }: ${text}`}
            >
              <span className="where">{where}</span> <span>{text}</span>
            </button>
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

/** The finding at a position of the filtered, grouped order. */
async function itemAt(
  source: FindingSource,
  filter: FindingFilter,
  groups: readonly FindingGroupSummary[],
  index: number
): Promise<FindingItem | null> {
  let offset = 0;
  for (const g of groups) {
    if (index < offset + g.count) {
      const [item] = await source.items(filter, g.code, index - offset, 1);
      return item ?? null;
    }
    offset += g.count;
  }
  return null;
}

/** Where a finding (by its key) stands in the filtered order after a re-run, or null when it no longer exists. */
async function locate(
  source: FindingSource,
  filter: FindingFilter,
  groups: readonly FindingGroupSummary[],
  at: FindingItem
): Promise<{ index: number; item: FindingItem } | null> {
  let offset = 0;
  const key = findingKey(at);
  for (const g of groups) {
    if (g.code === at.code) {
      const items = await source.items(filter, g.code, 0, g.count);
      const i = items.findIndex((f) => findingKey(f) === key);
      return i < 0 ? null : { index: offset + i, item: items[i] };
    }
    offset += g.count;
  }
  return null;
}

function Navigator(props: {
  total: number;
  current: { index: number; item: FindingItem } | null;
  label: Label;
  onWalk: Walk;
}) {
  const { t } = useText();
  const { current, total } = props;
  const f = current?.item;
  return (
    <section aria-label={t("results.nav")} className="navigator">
      <div className="nav-bar">
        <Button
          size="small"
          onClick={() => props.onWalk(-1)}
          disabled={total === 0 || (current !== null && current.index <= 0)}
        >
          {t("results.nav.prev")}
        </Button>
        <Text className="nav-pos" aria-live="polite" data-testid="nav-position">
          {current
            ? t("results.nav.position", { index: current.index + 1, total })
            : t("results.nav.start", { total })}
        </Text>
        <Button
          size="small"
          appearance="primary"
          onClick={() => props.onWalk(1)}
          disabled={total === 0 || (current !== null && current.index >= total - 1)}
        >
          {t("results.nav.next")}
        </Button>
      </div>
      {f && (
        <div className="nav-current" data-testid="nav-current" data-verdict={f.verdict}>
          <Text block weight="semibold" title={f.code}>
            {props.label(f.code) ?? t("results.otherCode")}
          </Text>
          <Text block>{whoText(f, props.label)}</Text>
          <Caption1 block data-testid="nav-cell">
            {f.cell
              ? t("results.nav.cell", { cell: f.cell, sheet: f.sheet })
              : t("results.nav.row", { row: f.row, sheet: f.sheet })}
            {f.cell && f.value !== undefined && f.value !== null
              ? ` · ${f.value === "" ? t("results.nav.blank") : t("results.nav.value", { value: f.value })}`
              : ""}
          </Caption1>
        </div>
      )}
    </section>
  );
}

function sayFor(lang: Lang, props: ResultsStepProps) {
  const kind = props.entries["locality.kind"];
  return {
    "locality.kind":
      kind === "tinh" || kind === "thanh_pho" ? kind : props.defaults["locality.kind"],
    "locality.name": props.entries["locality.name"] ?? props.defaults["locality.name"],
  } as const;
}

export function ResultsStep(props: ResultsStepProps) {
  const { t, lang } = useText();
  const { filter, onFilter, position, onPosition } = props;
  const view = props.view;
  const [groups, setGroups] = useState<FindingGroupSummary[]>([]);
  const [open, setOpen] = useState<string[]>([]);
  const [current, setCurrent] = useState<{ index: number; item: FindingItem } | null>(null);
  const source = props.findings;
  const indexRef = useRef<number | null>(null);
  const positionRef = useRef(position);
  positionRef.current = position;
  useEffect(() => {
    let live = true;
    if (!source) {
      setGroups([]);
      setCurrent(null);
      return;
    }
    void (async () => {
      const g = await source.groups(filter);
      if (!live) return;
      setGroups(g);
      // A re-run or a new filter keeps the position where the finding still exists.
      const at = positionRef.current;
      const found = at ? await locate(source, filter, g, at) : null;
      if (!live) return;
      setCurrent(found);
      indexRef.current = found ? found.index : null;
      if (found) setOpen((o) => (o.includes(found.item.code) ? o : [...o, found.item.code]));
    })();
    return () => {
      live = false;
    };
  }, [source, filter]);
  const locality = sayFor(lang, props);
  const kindOf = locality["locality.kind"];
  const nameOf = locality["locality.name"];
  const label = useMemo(
    () =>
      labeller(view?.codes ?? {}, props.ruleSet, lang, {
        "locality.kind": kindOf,
        "locality.name": nameOf,
      }),
    [view, props.ruleSet, lang, kindOf, nameOf]
  );
  if (!view) return <Text>{t("results.empty")}</Text>;
  // provincial-level titles are named after the locality (criteria.md §6)
  const say = sayer(lang, localityParams(locality));
  const total = groups.reduce((n, g) => n + g.count, 0);
  const groupTitle = (code: string, count: number) => {
    const l = label(code);
    return l ? t("results.group", { label: l, count }) : t("results.groupBare", { count });
  };

  const pick = (item: FindingItem, index: number) => {
    indexRef.current = index;
    setCurrent({ index, item });
    onPosition(item);
    setOpen((o) => (o.includes(item.code) ? o : [...o, item.code]));
    if (item.cell) props.onSelect?.(item.sheet, item.cell);
  };
  const walk = (delta: 1 | -1) => {
    if (!source) return;
    // the index moves at once, so quick presses walk on before the previous finding has arrived
    const at = indexRef.current;
    const index = at !== null ? at + delta : delta > 0 ? 0 : total - 1;
    if (index < 0 || index >= total) return;
    indexRef.current = index;
    void itemAt(source, filter, groups, index).then((item) => item && pick(item, index));
  };
  const offsets = new Map<string, number>();
  groups.reduce((n, g) => (offsets.set(g.code, n), n + g.count), 0);

  const quotaFields = SETTING_FIELDS.filter((f) => f.key.startsWith("quota."));
  const quotaRow = (q: (typeof view.quotas)[number]) => ({
    key: `${q.id}-${q.scope}`,
    attrs: { "data-quota": q.id, title: q.id },
    cells: [
      `${label(q.id) ?? t("results.otherCode")} · ${
        q.scope === "workbook" ? t("results.quota.workbook") : q.scope
      }${q.informational ? ` ${t("results.quota.info")}` : ""}`,
      q.limit ?? "–",
      q.actual,
      q.excess,
      q.ok === null
        ? t("results.quota.unknown")
        : q.ok
          ? t("results.quota.ok")
          : t("results.quota.notOk"),
    ],
  });
  const quotaHead = [
    t("results.quota.scope"),
    t("results.quota.limit"),
    t("results.quota.actual"),
    t("results.quota.excess"),
    t("results.quota.ok"),
  ];
  const inForce = view.quotas.filter((q) => !q.informational);
  const reference = view.quotas.filter((q) => q.informational);
  const over = view.quotas.filter((q) => q.ok === false && !q.informational).length;
  const kind: FindingItem["verdict"] | "" = filter.verdicts[0] ?? "";
  // the checks skipped for a missing column are said once, as what the columns cost (props.missing)
  const saidOnce = (p: (typeof view.problems)[number]) => {
    if (p.code !== "CRITERION_SKIPPED") return false;
    const named = /“([^”]+)”/.exec(p.message)?.[1];
    return named !== undefined && props.missing.some((m) => m.includes(named));
  };
  const problems = view.problems.filter((p) => !saidOnce(p));

  return (
    <div className="step">
      <Subtitle2 as="h2">{t("results.heading")}</Subtitle2>
      <div className="actions">
        <Button onClick={props.onRerun} disabled={props.busy}>
          {t("results.rerun")}
        </Button>
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

      <div className="summary">
        <SummaryCards caption={t("results.outcomes")} counts={view.totals.outcomes} />
        {view.totals.units > 0 && (
          <SummaryCards caption={t("results.unitOutcomes")} counts={view.totals.unitOutcomes} />
        )}
      </div>

      <section aria-labelledby="findings-heading" className="findings-block">
        <Subtitle2 as="h3" id="findings-heading">
          {t("results.findings", { count: total })}
        </Subtitle2>
        <div className="filters">
          <Field label={t("results.filter.verdict")} size="small">
            <Select
              size="small"
              value={kind}
              onChange={(_, d) =>
                onFilter({
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
          <Field label={t("results.filter.unit")} size="small">
            <Select
              size="small"
              value={filter.unit ?? ""}
              onChange={(_, d) => onFilter({ ...filter, unit: d.value })}
            >
              <option value="">{t("results.filter.allUnits")}</option>
              {view.units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("results.filter")} size="small" className="filter-text">
            <Input
              size="small"
              type="search"
              value={filter.text}
              onChange={(_, d) => onFilter({ ...filter, text: d.value })}
            />
          </Field>
          <Checkbox
            label={t("results.filter.deciding")}
            checked={filter.decidingOnly}
            onChange={(_, d) => onFilter({ ...filter, decidingOnly: d.checked === true })}
          />
        </div>
        <Navigator total={total} current={current} label={label} onWalk={walk} />
        {groups.length === 0 && <Text>{t("results.noFindings")}</Text>}
        <Accordion
          multiple
          collapsible
          openItems={open}
          onToggle={(_, d) => setOpen(d.openItems as string[])}
        >
          {groups.map((g) => {
            const title = groupTitle(g.code, g.count);
            return (
              <AccordionItem key={g.code} value={g.code}>
                <AccordionHeader size="small" button={{ title: g.code }}>
                  {title}
                </AccordionHeader>
                <AccordionPanel>
                  {source && (
                    <FindingList
                      source={source}
                      filter={filter}
                      code={g.code}
                      count={g.count}
                      offset={offsets.get(g.code) ?? 0}
                      label={label}
                      groupLabel={title}
                      current={current ? findingKey(current.item) : null}
                      onPick={pick}
                    />
                  )}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      </section>

      <section aria-labelledby="quotas-heading">
        <Subtitle2 as="h3" id="quotas-heading">
          {t("results.quotas")}
          {over > 0 ? ` — ${t("results.quota.over", { count: over })}` : ""}
        </Subtitle2>
        <StackTable caption={t("results.quotas")} head={quotaHead} rows={inForce.map(quotaRow)} />
        {reference.length > 0 && (
          <details className="more-fields">
            <summary>{`${t("results.quota.info")} (${reference.length})`}</summary>
            <StackTable
              caption={`${t("results.quotas")} ${t("results.quota.info")}`}
              head={quotaHead}
              rows={reference.map(quotaRow)}
            />
          </details>
        )}
        <div className="quota-controls">
          {quotaFields.map((f) =>
            f.control.kind === "choice" ? (
              <Field key={f.key} label={t(f.label)} hint={t(f.note)} size="small">
                <Select
                  size="small"
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
              <Field key={f.key} label={t(f.label)} hint={t(f.note)} size="small">
                <Input
                  size="small"
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

      <section aria-label={t("results.details")}>
        <Accordion multiple collapsible>
          <AccordionItem value="byTitle">
            <AccordionHeader size="small">{t("results.byTitle")}</AccordionHeader>
            <AccordionPanel>
              <StackTable
                caption={t("results.byTitle")}
                head={[
                  t("results.title"),
                  t("results.eligible"),
                  t("results.proposed"),
                  t("results.proposedEligible"),
                  t("results.proposedNotEligible"),
                  t("results.proposedNeedsInfo"),
                ]}
                rows={view.byTitle.map((r) => ({
                  key: r.title,
                  attrs: { "data-title": r.title, title: r.title },
                  cells: [
                    titleFull(say, r.title) === r.title
                      ? (label(r.title) ?? t("results.otherCode"))
                      : titleFull(say, r.title),
                    r.eligible,
                    r.proposed,
                    r.proposedEligible,
                    r.proposedNotEligible,
                    r.proposedNeedsInfo,
                  ],
                }))}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="byUnit">
            <AccordionHeader size="small">{t("results.byUnit")}</AccordionHeader>
            <AccordionPanel>
              <StackTable
                caption={t("results.byUnit")}
                head={[
                  t("results.unit"),
                  t("results.rows"),
                  ...OUTCOMES.map((o) => t(`outcome.${o}`)),
                ]}
                rows={view.byUnit.map((u) => ({
                  key: u.unit,
                  cells: [
                    u.unit || t("results.noUnit"),
                    u.rows,
                    ...OUTCOMES.map((o) => u.outcomes[o]),
                  ],
                }))}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </section>

      {problems.length + props.missing.length > 0 && (
        <section aria-labelledby="problems-heading">
          <Subtitle2 as="h3" id="problems-heading">
            {t("results.problems", { count: problems.length + props.missing.length })}
          </Subtitle2>
          <ul className="problems">
            {props.missing.map((m) => (
              <li key={m} data-level="warning" data-testid="missing-cost">
                <Caption1>{t("level.warning")}</Caption1> <Text>{m}</Text>
              </li>
            ))}
            {problems.slice(0, 200).map((p, i) => (
              <li key={i} data-level={p.level} title={p.code}>
                <Caption1>
                  {t(`level.${p.level}`)}
                  {p.sheet ? ` · ${p.sheet}${p.cell ? `!${p.cell}` : ""}` : ""}
                </Caption1>{" "}
                <Text>{labelMessage(p.message, null, label)}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
