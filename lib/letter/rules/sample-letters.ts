/**
 * Short, complete letters the rules use as "valid" examples (and as a base for "invalid"
 * ones). Written for the rules, not copied from any real case; names are fictional.
 */

/** A refusal with every building block a refusal needs. */
export const GOOD_AFSLAG = `Afgørelse om hjælp til rengøring

Kære Jens Hansen

Du får afslag på hjælp til rengøring. Du søgte om hjælpen den 3. marts 2025.

Begrundelse
Vi har lagt vægt på, at du selv kan gøre rent, når du bruger dine hjælpemidler. Det så vi ved besøget i dit hjem den 10. marts. Din datter hjælper dig også med at handle. Du har fortalt, at du gerne vil klare mest muligt selv. Vi sendte dig notatet fra besøget, så du kunne komme med dine bemærkninger.

Regler
Afgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 2.

Andre muligheder
Du kan søge om en robotstøvsuger som hjælpemiddel. Frivillige fra Ældre Sagen kan også hjælpe.

Dine rettigheder
Du har ret til at se dokumenterne i din sag (aktindsigt). Du kan tage en bisidder med til møder med os.

Sådan klager du
Du kan klage over afgørelsen. Du skal klage inden 4 uger fra den dag, du har fået afgørelsen. Send klagen til os i kommunen. Vi vurderer sagen igen. Giver vi dig ikke ret, sender vi klagen videre til Ankestyrelsen.

Med venlig hilsen
Visitationen`;

/** A full grant: no begrundelse or klagevejledning needed, but formål, omfang and opfølgning. */
export const GOOD_BEVILLING = `Afgørelse om hjælp til rengøring

Kære Jens Hansen

Du får hjælp til rengøring 1 time hver 14. dag. Hjælpen starter den 1. april 2025.

Formålet med hjælpen er, at du kan blive boende i dit eget hjem. Du klarer selv den daglige oprydning, og din datter hjælper med indkøb.

Vi følger op på hjælpen om 6 måneder. Afgørelsen er truffet efter servicelovens § 83.

Med venlig hilsen
Visitationen`;
