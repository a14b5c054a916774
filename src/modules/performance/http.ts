/** What the KPI and the plan routes share: their OpenAPI tag and the two actions that guard them. */
export const tags: [string] = ['performance'];
export const read = 'performance.read' as const;
export const manage = 'performance.manage' as const;
