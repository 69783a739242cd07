"""healthqa's top layer: answer composition, the terminal command and the Streamlit page."""
