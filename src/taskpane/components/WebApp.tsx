/**
 * The standalone page: open an .xlsx (file picker or drag and drop), then the same pane over a FileHost whose
 * work runs in a Web Worker. Nothing leaves the computer.
 */
import {
  Button,
  FluentProvider,
  Text,
  Title2,
  ToggleButton,
  webLightTheme,
} from "@fluentui/react-components";
import { startTransition, useEffect, useMemo, useRef, useState, type DragEvent } from "react";
import type { Lang } from "../../core/i18n/types";
import { FileHost, type FileHostOptions } from "../hosts/file-host";
import { translator } from "../i18n";
import { Pane } from "./Pane";

export interface WebAppProps extends FileHostOptions {
  initialLang?: Lang;
}

function looksLikeXlsx(name: string): boolean {
  return /\.(xlsx|xlsm)$/i.test(name);
}

export function WebApp(props: WebAppProps) {
  const [lang, setLang] = useState<Lang>(props.initialLang ?? "vi");
  const [host, setHost] = useState<FileHost | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const t = useMemo(() => translator(lang), [lang]);

  useEffect(() => () => host?.dispose(), [host]);

  const open = async (file: File | undefined) => {
    if (!file) return;
    if (!looksLikeXlsx(file.name)) {
      setError(t("web.notXlsx", { file: file.name }));
      return;
    }
    setError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const next = new FileHost(bytes, file.name, {
      createWorker: props.createWorker,
      saveFile: props.saveFile,
    });
    // A transition: the pane's first render is sliced, so opening a file never blocks the page.
    startTransition(() => setHost(next));
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    void open(e.dataTransfer.files[0]);
  };

  const picker = (
    <div
      className={`drop-zone${over ? " over" : ""}`}
      role="region"
      aria-label={t("web.dropLabel")}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="visually-hidden"
        aria-label={t("web.open")}
        data-testid="file-input"
        tabIndex={-1}
        onChange={(e) => {
          void open(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      <Button appearance={host ? "secondary" : "primary"} onClick={() => input.current?.click()}>
        {host ? t("web.other") : t("web.open")}
      </Button>{" "}
      <Text>{t("web.drop")}</Text>
      {host && (
        <Text block weight="semibold">
          {t("web.file", { file: host.file })}
        </Text>
      )}
      {error && (
        <Text block role="alert">
          {error}
        </Text>
      )}
    </div>
  );

  return (
    <FluentProvider theme={webLightTheme}>
      {host ? (
        <Pane host={host} lang={lang} onLangChange={setLang} header={picker} />
      ) : (
        <div className="pane" lang={lang}>
          <header className="pane-header">
            <Title2 as="h1">{t("app.title")}</Title2>
            <ToggleButton
              size="small"
              checked={lang === "en"}
              aria-label={t("app.langLabel")}
              onClick={() => setLang(lang === "vi" ? "en" : "vi")}
            >
              {t("app.lang")}
            </ToggleButton>
          </header>
          <Text block>{t("web.intro")}</Text>
          {picker}
        </div>
      )}
    </FluentProvider>
  );
}
