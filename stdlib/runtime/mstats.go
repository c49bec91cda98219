package runtime

// A MemStats records statistics about the memory allocator. gint's memory is reference
// counted (with a cycle collector): the figures come from the process's resident memory.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats) {
	rss, peak := memUsage()
	*m = MemStats{}
	m.Alloc = rss
	m.HeapAlloc = rss
	m.HeapInuse = rss
	m.TotalAlloc = peak
	m.Sys = peak
	m.HeapSys = peak
	m.NextGC = 2 * rss
	m.EnableGC = true
}

// memUsage returns the process's resident memory now and at its peak, in bytes.
//
// native
func memUsage() (rss, peak uint64)
