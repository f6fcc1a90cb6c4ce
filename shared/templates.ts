/** Board templates a creator picks from. Column titles stay German: they are the network's own words. */
export const TEMPLATES = {
  empty: { columns: [] as string[] },
  stammtisch: {
    columns: [
      "Klimaschutz & Energiewende",
      "Mobilität und lokale Infrastruktur",
      "Nachhaltiges Wirtschaften",
      "Strukturwandel-Strukturen",
      "Engagement und Zivilgesellschaft",
      "…und mehr",
    ],
  },
} as const;

export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];
