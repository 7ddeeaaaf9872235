/** The pia version (package.json `version`), shown by `pia --version` and in the reports it makes. */
export const PIA_VERSION = '0.1.0';
