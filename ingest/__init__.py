"""healthqa's ingestion layer: read article files, clean them, chunk them and update the index."""
