-- A toolkit's parts are chapters, not "themes" (the site's themes are something else).
alter table toolkit_theme rename to toolkit_chapter;
alter index ix_toolkit_theme_toolkit rename to ix_toolkit_chapter_toolkit;
alter table toolkit_item rename column theme_id to chapter_id;
alter index ix_toolkit_item_theme rename to ix_toolkit_item_chapter;
