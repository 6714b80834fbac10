-- The address of a sitting's audio/video conference (https only, checked by the application; optional).
ALTER TABLE sitting ADD COLUMN video_url VARCHAR(500) NULL;
