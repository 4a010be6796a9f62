import { getTranslations } from "next-intl/server";
import { SCENARIOS } from "@/lib/ingest/records";

interface Values {
  id?: number;
  name: string;
  text: string;
  scenario: string | null;
  language: string | null;
}

/** The fields of a template, for adding one and for editing one (a server action does the rest). */
export async function TemplateForm({
  workspaceId,
  action,
  values,
  submitLabel,
}: {
  workspaceId: string;
  action: (formData: FormData) => Promise<void>;
  values: Values;
  submitLabel: string;
}) {
  const [t, tScenarios] = await Promise.all([getTranslations("templates.form"), getTranslations("templates.scenarios")]);
  const field = "mt-1 block w-full rounded-md border-gray-300 text-sm shadow-sm focus:border-indigo-500 focus:ring-indigo-500";
  return (
    <form action={action} className="grid gap-4 md:grid-cols-3">
      <input type="hidden" name="workspaceId" value={workspaceId} />
      {values.id !== undefined && <input type="hidden" name="id" value={values.id} />}
      <label className="text-sm font-medium text-gray-700">
        {t("name")}
        <input name="name" required maxLength={200} defaultValue={values.name} className={field} />
      </label>
      <label className="text-sm font-medium text-gray-700">
        {t("scenario")}
        <select name="scenario" defaultValue={values.scenario ?? ""} className={field}>
          <option value="">{t("noScenario")}</option>
          {SCENARIOS.map((s) => (
            <option key={s} value={s}>
              {tScenarios(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium text-gray-700">
        {t("language")}
        <input name="language" maxLength={20} defaultValue={values.language ?? ""} className={field} />
      </label>
      <div className="md:col-span-3">
        <label className="text-sm font-medium text-gray-700">
          {t("text")}
          <textarea name="text" required rows={4} maxLength={10_000} defaultValue={values.text} className={field} aria-describedby="template-text-help" />
        </label>
        <p id="template-text-help" className="mt-1 text-xs text-gray-500">
          {t("textHelp")}
        </p>
      </div>
      <div className="md:col-span-3">
        <button type="submit" className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
