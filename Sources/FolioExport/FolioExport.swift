// FolioExport: placeholder until its stage lands.
