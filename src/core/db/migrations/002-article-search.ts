// Full-text search over titles and cleaned text. The trigram tokenizer finds Chinese substrings of
// three or more characters; shorter queries fall back to LIKE in the repository.
import type { Migration } from './index.ts';

export const m002ArticleSearch: Migration = {
  version: 2,
  name: 'article-search',
  up(db) {
    db.exec(`
      CREATE VIRTUAL TABLE article_search USING fts5(
        title, clean_text, content='articles', content_rowid='id', tokenize='trigram'
      );
      CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
        INSERT INTO article_search (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
      END;
      CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN
        INSERT INTO article_search (article_search, rowid, title, clean_text)
          VALUES ('delete', old.id, old.title, old.clean_text);
      END;
      CREATE TRIGGER articles_search_update AFTER UPDATE OF title, clean_text ON articles BEGIN
        INSERT INTO article_search (article_search, rowid, title, clean_text)
          VALUES ('delete', old.id, old.title, old.clean_text);
        INSERT INTO article_search (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
      END;
      INSERT INTO article_search (article_search) VALUES ('rebuild');
    `);
  },
};
