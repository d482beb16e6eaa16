-- The analysis contract, version 2: camelCase, levels named …Level and probabilities …Score, and a `version`.
-- Rows stored before (version 1: snake_case, no `version`) are rewritten to it; a live conversation (analysis
-- null) gets version 2 when it ends.
UPDATE "conversations"
SET "analysis" = ("analysis" - 'abusive_customer' - 'peak_anger' - 'anger_trend')
  || jsonb_build_object(
    'version', 2,
    'abusiveCustomer', "analysis"->'abusive_customer',
    'peakAngerLevel', "analysis"->'peak_anger',
    'angerTrend', jsonb_build_object(
      'startLevel', "analysis"->'anger_trend'->'start',
      'endLevel', "analysis"->'anger_trend'->'end',
      'startScore', "analysis"->'anger_trend'->'startScore',
      'endScore', "analysis"->'anger_trend'->'endScore',
      'direction', "analysis"->'anger_trend'->'direction'
    )
  )
WHERE "analysis" IS NOT NULL AND NOT ("analysis" ? 'version');
