/**
 * Submitting a page's forms over plain HTTP, as a browser without JavaScript does: Next.js renders
 * a server action's form with hidden `$ACTION_…` fields, and a multipart POST of them to the page
 * runs the action and answers with the page re-rendered (or a redirect).
 */

const ENTITIES: Record<string, string> = { amp: "&", quot: '"', "#x27": "'", "#39": "'", lt: "<", gt: ">" };
const decode = (value: string) => value.replace(/&(amp|quot|#x27|#39|lt|gt);/g, (_whole, name: string) => ENTITIES[name] ?? "");

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(/\$/g, "\\$")}="([^"]*)"`).exec(tag);
  return match ? decode(match[1] ?? "") : null;
}

/**
 * The named fields of the first form in `html` that has a field called `marker`, with their rendered
 * values (unchecked checkboxes left out, as a browser does).
 */
export function formFields(html: string, marker: string): Map<string, string> {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    const fields = new Map<string, string>();
    for (const [tag] of form.matchAll(/<(?:input|select|textarea)\b[^>]*>/g)) {
      const name = attribute(tag, "name");
      if (!name) continue;
      if (attribute(tag, "type") === "checkbox" && !/\schecked(?:=""|\s|\/?>)/.test(tag)) continue;
      fields.set(name, attribute(tag, "value") ?? "");
    }
    if (fields.has(marker)) return fields;
  }
  throw new Error(`no form with a field ${marker} in the page`);
}

/** Posts `fields` as the form's multipart body to `url`, from the page's own origin. */
export function submitForm(url: string, fields: Map<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  return fetch(url, { method: "POST", body, redirect: "manual", headers: { origin: new URL(url).origin, ...headers } });
}
