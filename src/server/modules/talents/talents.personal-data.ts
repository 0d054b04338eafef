import { eq } from 'drizzle-orm';
import type { PersonalData } from '../../platform/module.js';
import { talentProfile, talentEducation, talentWork, talentSkill, talentLanguage, talentCv, talentSuggestion } from './talents.tables.js';

/** talents: the tables with data about a person in the GDPR export and erasure, and those without. */
export const talentsPersonalData: PersonalData = {
  exporters: {
    talent_profile: (tx, p) => tx.select().from(talentProfile).where(eq(talentProfile.userId, p.userId)),
    talent_education: (tx, p) => tx.select().from(talentEducation).where(eq(talentEducation.userId, p.userId)),
    talent_work: (tx, p) => tx.select().from(talentWork).where(eq(talentWork.userId, p.userId)),
    talent_skill: (tx, p) => tx.select().from(talentSkill).where(eq(talentSkill.userId, p.userId)),
    talent_language: (tx, p) => tx.select().from(talentLanguage).where(eq(talentLanguage.userId, p.userId)),
    talent_cv: (tx, p) =>
      tx
        .select({
          fileName: talentCv.fileName,
          mediaType: talentCv.mediaType,
          size: talentCv.size,
          text: talentCv.text,
          uploadedAt: talentCv.uploadedAt,
        })
        .from(talentCv)
        .where(eq(talentCv.userId, p.userId)),
    talent_suggestion: (tx, p) => tx.select().from(talentSuggestion).where(eq(talentSuggestion.userId, p.userId)),
  },
};
