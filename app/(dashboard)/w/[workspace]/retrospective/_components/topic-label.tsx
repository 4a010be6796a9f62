import { getLocale, getTranslations } from "next-intl/server";
import { isTheme } from "@/lib/topics/taxonomy";

/** A topic's name in the reader's language: the taxonomy's translation, or an emergent topic's own labels. */
export async function topicName(topic: { id: string; label: string; label_zh: string | null }): Promise<string> {
  const [t, locale] = await Promise.all([getTranslations("retro.themes"), getLocale()]);
  if (isTheme(topic.id)) return t(topic.id);
  return locale === "zh-CN" && topic.label_zh ? topic.label_zh : topic.label;
}
