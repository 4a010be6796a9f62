"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";

/** What the form offers; the server checks everything again. */
const FORMAT_CHOICES = ["canonical-jsonl", "canonical-csv", "twcs", "olist"] as const;
type FormatChoice = (typeof FORMAT_CHOICES)[number];
const CANONICAL_TYPES = ["agent", "template", "conversation", "message", "order", "review"] as const;
const OLIST_TYPES = ["review", "order"] as const;

/** 1 GiB, as enforced by /api/uploads. */
const MAX_UPLOAD_BYTES = 1024 ** 3;
/** How often the batch's progress is polled, in milliseconds. */
const POLL_MS = 1_000;

interface BatchProgress {
  batch_id: string;
  state: "queued" | "processing" | "done" | "failed";
  sealed: boolean;
  records: number;
  processed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error: string | null;
}

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; loaded: number; total: number }
  | { kind: "processing"; batchId: string; status: BatchProgress | null }
  | { kind: "error"; message: string };

function typesFor(format: FormatChoice): readonly string[] {
  if (format === "canonical-csv") return CANONICAL_TYPES;
  if (format === "olist") return OLIST_TYPES;
  return [];
}

/**
 * Uploads a file with XMLHttpRequest (fetch has no upload progress), then follows the batch until
 * the workers are done. Refreshes the batches table when the batch appears and when it ends.
 */
export function UploadForm({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("imports.upload");
  const tFormats = useTranslations("formats");
  const tTypes = useTranslations("recordTypes");
  const format = useFormatter();
  const router = useRouter();
  const ids = { file: useId(), format: useId(), type: useId(), status: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [formatChoice, setFormatChoice] = useState<FormatChoice>("canonical-jsonl");
  const [type, setType] = useState<string>("");
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const xhrRef = useRef<XMLHttpRequest | null>(null);

  const types = typesFor(formatChoice);
  const busy = phase.kind === "uploading" || (phase.kind === "processing" && !isFinished(phase.status));

  // Follow the batch until it is done or failed.
  const batchId = phase.kind === "processing" ? phase.batchId : null;
  useEffect(() => {
    if (!batchId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const res = await fetch(`/api/uploads/${batchId}?workspace=${encodeURIComponent(workspaceId)}`, { cache: "no-store" });
        if (stopped) return;
        if (!res.ok) {
          const failure = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
          if (res.status >= 400 && res.status < 500) {
            setPhase({ kind: "error", message: failure?.error?.message ?? t("errors.failed", { status: res.status }) });
            return;
          }
          throw new Error(`status ${res.status}`);
        }
        const body = (await res.json()) as BatchProgress;
        if (stopped) return;
        setPhase({ kind: "processing", batchId, status: body });
        if (isFinished(body)) {
          router.refresh();
          return;
        }
      } catch {
        // A missed poll (server restarting): try again.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
    // `t` is left out on purpose: a new identity must not restart the polling.
  }, [batchId, workspaceId, router]); // eslint-disable-line react-hooks/exhaustive-deps

  function onFormatChange(next: FormatChoice) {
    setFormatChoice(next);
    const nextTypes = typesFor(next);
    if (!nextTypes.includes(type)) setType("");
  }

  function onFileChange(next: File | null) {
    setFile(next);
    if (phase.kind === "error" || (phase.kind === "processing" && isFinished(phase.status))) setPhase({ kind: "idle" });
    // A canonical file's syntax follows its name; the other formats are the user's call.
    if (next && formatChoice.startsWith("canonical")) {
      onFormatChange(next.name.toLowerCase().endsWith(".csv") ? "canonical-csv" : "canonical-jsonl");
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!file) return setPhase({ kind: "error", message: t("errors.noFile") });
    if (file.size === 0) return setPhase({ kind: "error", message: t("errors.empty") });
    if (file.size > MAX_UPLOAD_BYTES) return setPhase({ kind: "error", message: t("errors.tooLarge") });
    if (types.length > 0 && !type) return setPhase({ kind: "error", message: t("errors.noType") });

    const params = new URLSearchParams({
      workspace: workspaceId,
      format: formatChoice.startsWith("canonical") ? "canonical" : formatChoice,
      filename: file.name,
    });
    if (formatChoice === "canonical-csv") params.set("syntax", "csv");
    if (formatChoice === "canonical-jsonl") params.set("syntax", "jsonl");
    if (type) params.set("type", type);

    const xhr = new XMLHttpRequest();
    xhrRef.current = xhr;
    xhr.open("POST", `/api/uploads?${params}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      setPhase({ kind: "uploading", loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    };
    xhr.onload = () => {
      xhrRef.current = null;
      const body = xhr.response as { batch_id?: string; error?: { message?: string } } | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.batch_id) {
        setPhase({ kind: "processing", batchId: body.batch_id, status: null });
        router.refresh();
      } else {
        setPhase({ kind: "error", message: body?.error?.message ?? t("errors.failed", { status: xhr.status }) });
      }
    };
    xhr.onerror = () => {
      xhrRef.current = null;
      setPhase({ kind: "error", message: t("errors.network") });
    };
    xhr.onabort = () => {
      xhrRef.current = null;
      setPhase({ kind: "error", message: t("errors.cancelled") });
    };
    setPhase({ kind: "uploading", loaded: 0, total: file.size });
    xhr.send(file);
  }

  const formatBytes = (bytes: number) =>
    bytes < 1024 ** 2
      ? format.number(bytes / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 })
      : format.number(bytes / 1024 ** 2, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-describedby={ids.status}>
      <div className="grid gap-4 xl:grid-cols-2">
        <div>
          <span className="block text-sm font-medium text-gray-700">{t("file")}</span>
          <div className="mt-1 flex min-w-0 items-center gap-3">
            {/* The native input stays (keyboard, drag and drop, screen readers); its button label is
                the browser's language, so a translated label stands in for it. */}
            <input
              id={ids.file}
              type="file"
              accept=".jsonl,.ndjson,.json,.csv,.txt"
              disabled={busy}
              onChange={(e) => onFileChange(e.target.files?.[0] ?? null)}
              className="peer sr-only"
            />
            <label
              htmlFor={ids.file}
              className="shrink-0 cursor-pointer rounded-md bg-indigo-50 px-3 py-1.5 text-sm font-medium text-indigo-700 hover:bg-indigo-100 peer-focus-visible:ring-2 peer-focus-visible:ring-indigo-500 peer-disabled:cursor-not-allowed peer-disabled:opacity-50"
            >
              {t("chooseFile")}
            </label>
            <span className="min-w-0 truncate text-sm text-gray-600" title={file?.name}>
              {file ? `${file.name} · ${formatBytes(file.size)}` : t("noFileChosen")}
            </span>
          </div>
        </div>
        <div className="grid grid-cols-2 gap-4">
          <div>
            <label htmlFor={ids.format} className="block text-sm font-medium text-gray-700">
              {t("format")}
            </label>
            <select
              id={ids.format}
              value={formatChoice}
              disabled={busy}
              onChange={(e) => onFormatChange(e.target.value as FormatChoice)}
              className="mt-1 block w-full rounded-md border-gray-300 py-1.5 text-sm shadow-sm focus:border-indigo-500 focus:ring-indigo-500"
            >
              {FORMAT_CHOICES.map((f) => (
                <option key={f} value={f}>
                  {tFormats(f)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={ids.type} className="block text-sm font-medium text-gray-700">
              {t("type")}
            </label>
            <select
              id={ids.type}
              value={type}
              disabled={busy || types.length === 0}
              required={types.length > 0}
              onChange={(e) => setType(e.target.value)}
              className="mt-1 block w-full rounded-md border-gray-300 py-1.5 text-sm shadow-sm focus:border-indigo-500 focus:ring-indigo-500 disabled:bg-gray-50 disabled:text-gray-400"
            >
              <option value="">{types.length === 0 ? t("typeNotNeeded") : t("chooseType")}</option>
              {types.map((ty) => (
                <option key={ty} value={ty}>
                  {tTypes(ty as (typeof CANONICAL_TYPES)[number])}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <p className="text-xs text-gray-500">{t(`hints.${formatChoice}`)}</p>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={busy || !file}
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-not-allowed disabled:opacity-50"
        >
          {t("submit")}
        </button>
        {phase.kind === "uploading" && (
          <button
            type="button"
            onClick={() => xhrRef.current?.abort()}
            className="rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-50"
          >
            {t("cancel")}
          </button>
        )}
      </div>

      <div id={ids.status} aria-live="polite" className="space-y-2">
        {phase.kind === "uploading" && (
          <Progress
            label={t("uploading", { sent: formatBytes(phase.loaded), total: formatBytes(phase.total) })}
            value={phase.loaded}
            max={phase.total}
          />
        )}
        {phase.kind === "processing" && (
          <ProcessingStatus
            status={phase.status}
            batchHref={`/w/${encodeURIComponent(workspaceId)}/imports/${phase.batchId}`}
          />
        )}
        {phase.kind === "error" && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {phase.message}
          </p>
        )}
      </div>
    </form>
  );
}

function isFinished(status: BatchProgress | null): boolean {
  return status !== null && (status.state === "done" || status.state === "failed");
}

function ProcessingStatus({ status, batchHref }: { status: BatchProgress | null; batchHref: string }) {
  const t = useTranslations("imports.upload");
  const format = useFormatter();
  const n = (value: number) => format.number(value);
  if (!status) return <Progress label={t("starting")} value={0} max={1} />;
  if (status.state === "failed") {
    return (
      <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
        {t("failed", { error: status.error ?? "" })}{" "}
        <Link href={batchHref} className="font-medium underline">
          {t("details")}
        </Link>
      </p>
    );
  }
  if (status.state === "done") {
    return (
      <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
        {t("done", {
          records: n(status.records),
          inserted: n(status.inserted),
          updated: n(status.updated),
          unchanged: n(status.unchanged),
          rejected: n(status.rejected),
        })}{" "}
        <Link href={batchHref} className="font-medium underline">
          {t("details")}
        </Link>
      </p>
    );
  }
  return (
    <Progress
      label={
        status.sealed
          ? t("processing", { processed: n(status.processed), records: n(status.records) })
          : t("reading", { processed: n(status.processed), records: n(status.records) })
      }
      value={status.processed}
      max={Math.max(status.records, 1)}
    />
  );
}

/** An accessible progress bar. */
function Progress({ label, value, max }: { label: string; value: number; max: number }) {
  const percent = max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0;
  return (
    <div>
      <div className="flex justify-between text-sm text-gray-700">
        <span>{label}</span>
        <span className="tabular-nums text-gray-500">{percent}%</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="mt-1 h-2 overflow-hidden rounded-full bg-gray-200"
      >
        <div className="h-full rounded-full bg-indigo-600 transition-[width] duration-300" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
