import { Badge, Card } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { getActions, getNotes } from "@/db/queries/retro";
import type { Workspace } from "@/db/queries/workspaces";
import { isoWeekName } from "@/lib/time/weeks";
import { getFormatters } from "@/app/_server/format";
import { getRuntime } from "@/app/_server/runtime";
import { addActionAction, addNoteAction, deleteNoteAction, updateActionAction } from "../actions";

const STATUS_COLORS = { open: "amber", in_progress: "blue", done: "emerald", dropped: "gray" } as const;
const STATUSES = ["open", "in_progress", "done", "dropped"] as const;
const input =
  "block w-full rounded-md border-gray-300 text-sm shadow-sm focus:border-indigo-500 focus:ring-indigo-500";
const button = "rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500";

/**
 * The week's notes, and the action items open in it (carried over until closed). `writer` is the
 * signed-in user when their role may write them (managers, admins); others read without forms.
 */
export async function NotesAndActions({
  workspace,
  weekStart,
  topics,
  writer,
}: {
  workspace: Workspace;
  weekStart: string;
  topics: { id: string; name: string }[];
  writer: { name: string } | null;
}) {
  const { db } = await getRuntime();
  const [t, f, notes, actions] = await Promise.all([
    getTranslations("retro"),
    getFormatters(),
    getNotes(db, workspace.id, weekStart),
    getActions(db, workspace.id, weekStart),
  ]);
  const topicName = (key: string | null) => (key ? (topics.find((x) => x.id === key)?.name ?? key) : null);
  const hidden = (
    <>
      <input type="hidden" name="workspace" value={workspace.id} />
      <input type="hidden" name="week" value={weekStart} />
    </>
  );
  const topicSelect = (
    <select name="topic" className={input} aria-label={t("notes.topic")} defaultValue="">
      <option value="">{t("notes.general")}</option>
      {topics.map((x) => (
        <option key={x.id} value={x.id}>
          {x.name}
        </option>
      ))}
    </select>
  );

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card className="p-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("notes.title")}</h2>
        {notes.length === 0 ? (
          <p className="mt-2 text-sm text-gray-500">{t("notes.empty")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {notes.map((n) => (
              <li key={n.id} className="rounded-md border border-gray-200 px-3 py-2" data-note>
                {n.topicKey && <p className="text-xs font-medium text-indigo-700">{topicName(n.topicKey)}</p>}
                <p className="whitespace-pre-wrap text-sm text-gray-800">{n.body}</p>
                <div className="mt-1 flex items-center justify-between text-xs text-gray-500">
                  <span>{t("notes.by", { author: n.author ?? "—", date: f.compactDateTime(n.createdAt, workspace.timezone) })}</span>
                  {writer && (
                    <form action={deleteNoteAction} className="print:hidden">
                      {hidden}
                      <input type="hidden" name="id" value={n.id} />
                      <button type="submit" className="text-red-600 hover:text-red-500">
                        {t("notes.delete")}
                      </button>
                    </form>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {writer && (
          <form action={addNoteAction} className="mt-4 space-y-2 print:hidden">
            {hidden}
            <textarea name="body" required maxLength={4000} rows={3} className={input} placeholder={t("notes.placeholder")} aria-label={t("notes.placeholder")} />
            <div className="grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
              <input name="author" maxLength={100} defaultValue={writer.name} className={input} placeholder={t("notes.author")} aria-label={t("notes.author")} />
              {topicSelect}
              <button type="submit" className={button}>
                {t("notes.add")}
              </button>
            </div>
          </form>
        )}
      </Card>

      <Card className="p-5">
        <h2 className="text-sm font-semibold text-gray-900">{t("actions.title")}</h2>
        <p className="mt-0.5 text-xs text-gray-500">{t("actions.help")}</p>
        {actions.length === 0 ? (
          <p className="mt-2 text-sm text-gray-500">{t("actions.empty")}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {actions.map((a) => (
              <li key={a.id} className="rounded-md border border-gray-200 px-3 py-2" data-action={a.status}>
                <div className="flex flex-wrap items-center gap-2">
                  <Badge color={STATUS_COLORS[a.status]} size="xs">
                    {t(`actions.statuses.${a.status}`)}
                  </Badge>
                  <span className="text-sm font-medium text-gray-900">{a.title}</span>
                </div>
                <p className="mt-1 text-xs text-gray-500">
                  {[
                    topicName(a.topicKey),
                    a.owner ? `${t("actions.owner")}: ${a.owner}` : null,
                    t("actions.openedIn", { week: isoWeekName(a.weekStart) }),
                    a.weekStart < weekStart ? t("actions.carried") : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {writer && (
                  <form action={updateActionAction} className="mt-2 flex flex-wrap items-center gap-2 print:hidden">
                    {hidden}
                    <input type="hidden" name="id" value={a.id} />
                    <select key={a.status} name="status" defaultValue={a.status} className={`${input} w-36`} aria-label={t("actions.status")}>
                      {STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {t(`actions.statuses.${s}`)}
                        </option>
                      ))}
                    </select>
                    <input name="owner" defaultValue={a.owner ?? ""} maxLength={100} className={`${input} w-40`} aria-label={t("actions.owner")} placeholder={t("actions.owner")} />
                    <button type="submit" className="rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium text-gray-700 hover:bg-gray-50">
                      {t("actions.save")}
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
        )}
        {writer && (
          <form action={addActionAction} className="mt-4 space-y-2 print:hidden">
            {hidden}
            <input name="title" required maxLength={500} className={input} placeholder={t("actions.what")} aria-label={t("actions.what")} />
            <div className="grid gap-2 sm:grid-cols-[1fr_1fr_auto]">
              <input name="owner" maxLength={100} className={input} placeholder={t("actions.owner")} aria-label={t("actions.owner")} />
              {topicSelect}
              <button type="submit" className={button}>
                {t("actions.add")}
              </button>
            </div>
          </form>
        )}
      </Card>
    </div>
  );
}
