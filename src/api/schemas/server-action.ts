import { z } from '../../lib/zod';

/** POST /servers/{id}/action bodies, exactly as the guide prints them. Each answers 202 with no body. */
export const startActionSchema = z.object({ 'os-start': z.null() });
export const stopActionSchema = z.object({ 'os-stop': z.null() });
export const shelveActionSchema = z.object({ shelve: z.null() });
/** From 2.77 an availability zone may be given; NHN's /v2 sends null. */
export const unshelveActionSchema = z.object({
  unshelve: z.union([z.null(), z.object({ availability_zone: z.nullable(z.string()) })]),
});
export const shelveOffloadActionSchema = z.object({ shelveOffload: z.null() });
export const rebootActionSchema = z.object({ reboot: z.object({ type: z.enum(['SOFT', 'HARD']) }) });
export const resizeActionSchema = z.object({ resize: z.object({ flavorRef: z.string().check(z.minLength(1)) }) });
/** Nova answers confirmResize with 204; NHN confirms by itself, so the console rarely needs these two. */
export const confirmResizeActionSchema = z.object({ confirmResize: z.null() });
export const revertResizeActionSchema = z.object({ revertResize: z.null() });
export const createImageActionSchema = z.object({
  createImage: z.object({ name: z.string().check(z.minLength(1)), metadata: z.optional(z.record(z.string(), z.string())) }),
});
export const addSecurityGroupActionSchema = z.object({ addSecurityGroup: z.object({ name: z.string().check(z.minLength(1)) }) });
export const removeSecurityGroupActionSchema = z.object({ removeSecurityGroup: z.object({ name: z.string().check(z.minLength(1)) }) });

/** createImage: no body below 2.45 (the id is in `Location`), `{"image_id"}` from 2.45. */
export const createImageResponseSchema = z.optional(z.object({ image_id: z.string() }));

export type RebootType = z.infer<typeof rebootActionSchema>['reboot']['type'];
export type ServerActionBody =
  | z.infer<typeof startActionSchema>
  | z.infer<typeof stopActionSchema>
  | z.infer<typeof shelveActionSchema>
  | z.infer<typeof unshelveActionSchema>
  | z.infer<typeof shelveOffloadActionSchema>
  | z.infer<typeof rebootActionSchema>
  | z.infer<typeof resizeActionSchema>
  | z.infer<typeof confirmResizeActionSchema>
  | z.infer<typeof revertResizeActionSchema>
  | z.infer<typeof createImageActionSchema>
  | z.infer<typeof addSecurityGroupActionSchema>
  | z.infer<typeof removeSecurityGroupActionSchema>;
