// Display labels for offer fields (shared by server and client components).
import { REGIONS, TARGET_LEVELS } from "@/lib/options/career";
import { EQUITY_TYPES, REMOTE_POLICIES } from "@/lib/offers/schema";
import { VESTING_PRESETS, CUSTOM_VESTING } from "@/lib/offers/data/vesting";

const find = (list: readonly { value: string; label: string }[], v: string) => list.find((x) => x.value === v)?.label ?? v;

export const levelLabel = (v: string) => find(TARGET_LEVELS, v);
export const regionLabel = (v: string) => find(REGIONS, v);
export const remoteLabel = (v: string) => find(REMOTE_POLICIES, v);
export const equityLabel = (v: string) => find(EQUITY_TYPES, v);
export const vestingLabel = (v: string) => find([...VESTING_PRESETS, CUSTOM_VESTING], v);
