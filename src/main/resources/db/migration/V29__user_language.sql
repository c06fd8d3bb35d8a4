-- The language a user reads the application and their notice mails in ('en' or 'zh-CN', a BCP 47 tag), set by
-- the user's language switch or by an administrator. NULL until chosen: such a user's mails stay bilingual.
ALTER TABLE app_user ADD COLUMN language VARCHAR(16) NULL;
