-- What the agent had typed when it opened the article from a search and found it helpful (or
-- not): the callers' words for the article, indexed with it (LearnedPhrasings). Normalised as
-- faq_search.query_text: lower case, digit runs that could be phone or file numbers masked, cut
-- to 200. An editor who removes a phrasing sets it to NULL here.
ALTER TABLE faq_feedback ADD COLUMN searched VARCHAR(200);
