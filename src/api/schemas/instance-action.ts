import { z } from '../../lib/zod';
import { lenientArray, listOf, nullableText, optionalText } from './lenient';

/**
 * GET /servers/{id}/os-instance-actions: one record per action Nova carried out on the server (newest first). At 2.1
 * the keys are action, instance_uuid, request_id, user_id, project_id, start_time and message; 2.58 adds
 * `updated_at`. `message` is null, "" or "Error" (Nova sets "Error" when an event of the action failed).
 * Times are zone-less UTC with microseconds ("2018-04-25T01:26:29.074293"; older releases print a space for the T).
 */
export const instanceActionSchema = z.object({
  /** The request id is what identifies an action (GET .../os-instance-actions/{request_id}). */
  request_id: z.string().check(z.minLength(1)),
  action: z.catch(z.string(), ''),
  instance_uuid: optionalText,
  user_id: nullableText,
  project_id: nullableText,
  start_time: nullableText,
  message: nullableText,
  updated_at: z.optional(nullableText),
});

/**
 * One step of an action, as the service that ran it recorded it (`compute_stop_instance`). `result` is "Success" or
 * "Error", null while it runs; `traceback` only for those the policy lets see it (admins); from 2.62 `hostId`, and
 * `host` for admins.
 */
export const instanceActionEventSchema = z.object({
  event: z.catch(z.string(), ''),
  start_time: nullableText,
  finish_time: nullableText,
  result: nullableText,
  traceback: z.optional(nullableText),
  hostId: optionalText,
  host: optionalText,
});

/**
 * GET .../os-instance-actions/{request_id}. `events` is there only where the policy shows them: before 2.51 (the
 * legacy /v2 path is 2.1) to administrators only; undefined then, which is not the same as no events.
 */
export const instanceActionDetailSchema = z.extend(instanceActionSchema, {
  events: z.optional(lenientArray(instanceActionEventSchema)),
});

export const instanceActionListResponseSchema = z.object({ instanceActions: listOf(instanceActionSchema) });
export const instanceActionResponseSchema = z.object({ instanceAction: instanceActionDetailSchema });

export type InstanceAction = z.infer<typeof instanceActionSchema>;
export type InstanceActionEvent = z.infer<typeof instanceActionEventSchema>;
export type InstanceActionDetail = z.infer<typeof instanceActionDetailSchema>;
