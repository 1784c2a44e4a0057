import { z } from "zod";

export const HealthSchema = z.object({ status: z.literal("ok"), version: z.string() });
export const ReadySchema = z.object({ status: z.literal("ready"), database: z.enum(["sqlite", "postgres"]) });
