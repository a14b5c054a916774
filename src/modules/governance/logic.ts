/** The bodies of an association (vzw) that take decisions, and which of them are the board's to record. Pure data. */
export const BODIES = ['algemene_vergadering', 'raad_van_bestuur', 'directie', 'team'] as const;
export type Body = (typeof BODIES)[number];

/** The general assembly and the board of directors: their decisions need `governance.board`, the others `governance.manage`. */
export const BOARD_BODIES: readonly Body[] = ['algemene_vergadering', 'raad_van_bestuur'];
export const isBoardBody = (body: Body) => BOARD_BODIES.includes(body);
