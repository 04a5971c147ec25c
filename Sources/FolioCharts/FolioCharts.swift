// FolioCharts: placeholder until its stage lands.
