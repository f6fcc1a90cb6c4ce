/** The legal footer's words, apart from the privacy page's: every page shows the footer at once. */
export const footerDe = {
  "footer.label": "Rechtliches",
  "footer.privacyPage": "Datenschutz",
  "footer.imprint": "Impressum",
  "footer.privacyNotice": "Datenschutzerklärung",
};

export const footerEn: Record<keyof typeof footerDe, string> = {
  "footer.label": "Legal",
  "footer.privacyPage": "Privacy",
  "footer.imprint": "Imprint",
  "footer.privacyNotice": "Privacy notice",
};
