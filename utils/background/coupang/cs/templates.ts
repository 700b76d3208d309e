import type { ReplyTemplate } from '../../../protocol/messages/inquiries';
import { replyTemplate } from '../../../protocol/messages/inquiries';
import { storageItem } from '../../store/storage';

/**
 * The seller's reply templates (their own words, declared stored item `replyTemplates`): kept
 * locally until "delete all data", never sent anywhere until the seller sends one filled answer.
 */
const templatesItem = storageItem<ReplyTemplate[]>('replyTemplates');
export const MAX_TEMPLATES = 50;

export async function loadTemplates(): Promise<ReplyTemplate[]> {
  const raw = await templatesItem.get();
  return Array.isArray(raw) ? raw.filter((t) => replyTemplate.safeParse(t).success) : [];
}

export async function saveTemplate(input: { id?: string; title: string; body: string }): Promise<ReplyTemplate[]> {
  const list = await loadTemplates();
  const id = input.id ?? crypto.randomUUID().slice(0, 8);
  const next = { id, title: input.title.trim(), body: input.body };
  const at = list.findIndex((t) => t.id === id);
  if (at >= 0) list[at] = next;
  else if (list.length < MAX_TEMPLATES) list.push(next);
  await templatesItem.set(list);
  return list;
}

export async function deleteTemplate(id: string): Promise<ReplyTemplate[]> {
  const list = (await loadTemplates()).filter((t) => t.id !== id);
  await templatesItem.set(list);
  return list;
}
