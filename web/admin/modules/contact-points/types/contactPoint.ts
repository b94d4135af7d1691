/** 村 / 社区 */
export type ContactPointKind = 'village' | 'community';
export const contactPointKinds: readonly ContactPointKind[] = ['village', 'community'];

/** 基层联系点 — the village or community a unit keeps contact with. */
export type ContactPoint = {
  id: string;
  orgId: string;
  orgName: string;
  name: string;
  kind: ContactPointKind;
  county: string;
  address: string;
  latitude: number | null;
  longitude: number | null;
  /** false for a point of a unit above the user's own: listed for reference, not editable */
  editable: boolean;
};

export type ContactPointInput = Omit<ContactPoint, 'id' | 'orgName' | 'editable'>;

export type ContactPointFilters = {
  q?: string;
  orgId?: string;
};

export type ContactPointListParams = ContactPointFilters & { page: number; pageSize: number };
