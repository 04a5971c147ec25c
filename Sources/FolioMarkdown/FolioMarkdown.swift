// FolioMarkdown: placeholder until its stage lands.
