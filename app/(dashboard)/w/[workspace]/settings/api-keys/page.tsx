import { Badge, Card, Table, TableBody, TableCell, TableRow } from "@tremor/react";
import { getTranslations } from "next-intl/server";
import { listApiKeys } from "@/db/queries/api-keys";
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from "@/lib/auth/request-signing";
import { ActionForm } from "@/app/_components/action-form";
import { getFormatters } from "@/app/_server/format";
import { requireWorkspaceRole } from "@/app/_server/auth";
import { getRuntime } from "@/app/_server/runtime";
import { createApiKey, revokeApiKey } from "../actions";
import { Field, INPUT_CLASS } from "@/app/_components/field";
import { CardTableHead } from "@/app/_components/card-table-head";

export async function generateMetadata() {
  const t = await getTranslations("settings.apiKeys");
  return { title: t("title") };
}

/** The workspace's API keys: create (shown once), see when each was last used, revoke. */
export default async function ApiKeysPage(props: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await requireWorkspaceRole((await props.params).workspace, "keys.manage");
  const { db } = await getRuntime();
  const [t, f, keys] = await Promise.all([getTranslations("settings.apiKeys"), getFormatters(), listApiKeys(db, workspace.id)]);
  const now = new Date();
  return (
    <div className="space-y-6">
      <Card className="max-w-2xl p-5">
        <h2 className="mb-1 text-sm font-semibold text-gray-900">{t("createTitle")}</h2>
        <p className="mb-4 text-xs text-gray-500">{t("createDescription")}</p>
        <ActionForm action={createApiKey} submitLabel={t("create")}>
          <input type="hidden" name="workspace" value={workspace.id} />
          <Field id="key-name" label={t("name")} hint={t("nameHint")}>
            <input id="key-name" name="name" required maxLength={100} className={INPUT_CLASS} />
          </Field>
          <div className="mb-4 flex items-start gap-3">
            <input id="key-signed" name="signed" type="checkbox" className="mt-0.5 rounded border-gray-300 text-indigo-600 focus:ring-indigo-500" />
            <label htmlFor="key-signed" className="text-sm">
              <span className="font-medium text-gray-900">{t("signed")}</span>
              <span className="mt-0.5 block text-xs text-gray-500">
                {t("signedHint", { timestamp: TIMESTAMP_HEADER, signature: SIGNATURE_HEADER })}
              </span>
            </label>
          </div>
        </ActionForm>
      </Card>
      <Card className="p-0">
        <h2 className="px-5 pt-5 text-sm font-semibold text-gray-900">{t("listTitle")}</h2>
        {keys.length === 0 ? (
          <p className="p-5 text-sm text-gray-500">{t("none")}</p>
        ) : (
          <Table className="mt-3">
            <CardTableHead
              columns={[{ label: t("columns.name") }, { label: t("columns.created") }, { label: t("columns.lastUsed") }, { label: t("columns.status") }]}
              actions={t("columns.actions")}
            />
            <TableBody>
              {keys.map((k) => (
                <TableRow key={k.id} className="align-top text-sm">
                  <TableCell className="pl-5">
                    <p className="font-medium text-gray-900">{k.name}</p>
                    <p className="font-mono text-xs text-gray-500">{k.prefix}…</p>
                  </TableCell>
                  <TableCell className="text-xs text-gray-600">
                    {f.dateTime(k.createdAt, workspace.timezone)}
                    <span className="block text-gray-400">{k.createdBy ?? t("byCli")}</span>
                  </TableCell>
                  <TableCell className="text-xs text-gray-600">
                    {k.lastUsedAt ? (
                      <time dateTime={k.lastUsedAt.toISOString()} title={f.dateTime(k.lastUsedAt, workspace.timezone)}>
                        {f.relativeTime(k.lastUsedAt, now)}
                      </time>
                    ) : (
                      t("never")
                    )}
                  </TableCell>
                  <TableCell>
                    <span className="flex flex-wrap gap-1">
                      <Badge size="xs" color={k.revokedAt ? "gray" : "emerald"}>
                        {k.revokedAt ? t("revoked") : t("active")}
                      </Badge>
                      {k.signed && (
                        <Badge size="xs" color="indigo">
                          {t("signedBadge")}
                        </Badge>
                      )}
                    </span>
                  </TableCell>
                  <TableCell className="pr-5 text-right">
                    {!k.revokedAt && (
                      <ActionForm action={revokeApiKey} submitLabel={t("revoke")} tone="secondary">
                        <input type="hidden" name="workspace" value={workspace.id} />
                        <input type="hidden" name="key" value={k.id} />
                      </ActionForm>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
