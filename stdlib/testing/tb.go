package testing

// The methods of TB declared on T, B and F themselves, each calling common's: gint's
// evaluator does not yet find methods promoted from an embedded struct when it calls
// through an interface (a testing.TB holding a *T).

func (t *T) Cleanup(f func()) { t.common.Cleanup(f) }
func (t *T) Error(args ...any) { t.common.Error(args...) }
func (t *T) Errorf(format string, args ...any) { t.common.Errorf(format, args...) }
func (t *T) Fail() { t.common.Fail() }
func (t *T) FailNow() { t.common.FailNow() }
func (t *T) Failed() bool { return t.common.Failed() }
func (t *T) Fatal(args ...any) { t.common.Fatal(args...) }
func (t *T) Fatalf(format string, args ...any) { t.common.Fatalf(format, args...) }
func (t *T) Helper() { t.common.Helper() }
func (t *T) Log(args ...any) { t.common.Log(args...) }
func (t *T) Logf(format string, args ...any) { t.common.Logf(format, args...) }
func (t *T) Name() string { return t.common.Name() }
func (t *T) Setenv(key, value string) { t.common.Setenv(key, value) }
func (t *T) Skip(args ...any) { t.common.Skip(args...) }
func (t *T) SkipNow() { t.common.SkipNow() }
func (t *T) Skipf(format string, args ...any) { t.common.Skipf(format, args...) }
func (t *T) Skipped() bool { return t.common.Skipped() }
func (t *T) TempDir() string { return t.common.TempDir() }
func (b *B) Cleanup(f func()) { b.common.Cleanup(f) }
func (b *B) Error(args ...any) { b.common.Error(args...) }
func (b *B) Errorf(format string, args ...any) { b.common.Errorf(format, args...) }
func (b *B) Fail() { b.common.Fail() }
func (b *B) FailNow() { b.common.FailNow() }
func (b *B) Failed() bool { return b.common.Failed() }
func (b *B) Fatal(args ...any) { b.common.Fatal(args...) }
func (b *B) Fatalf(format string, args ...any) { b.common.Fatalf(format, args...) }
func (b *B) Helper() { b.common.Helper() }
func (b *B) Log(args ...any) { b.common.Log(args...) }
func (b *B) Logf(format string, args ...any) { b.common.Logf(format, args...) }
func (b *B) Name() string { return b.common.Name() }
func (b *B) Setenv(key, value string) { b.common.Setenv(key, value) }
func (b *B) Skip(args ...any) { b.common.Skip(args...) }
func (b *B) SkipNow() { b.common.SkipNow() }
func (b *B) Skipf(format string, args ...any) { b.common.Skipf(format, args...) }
func (b *B) Skipped() bool { return b.common.Skipped() }
func (b *B) TempDir() string { return b.common.TempDir() }
func (f *F) Cleanup(fn func()) { f.common.Cleanup(fn) }
func (f *F) Error(args ...any) { f.common.Error(args...) }
func (f *F) Errorf(format string, args ...any) { f.common.Errorf(format, args...) }
func (f *F) Fail() { f.common.Fail() }
func (f *F) FailNow() { f.common.FailNow() }
func (f *F) Failed() bool { return f.common.Failed() }
func (f *F) Fatal(args ...any) { f.common.Fatal(args...) }
func (f *F) Fatalf(format string, args ...any) { f.common.Fatalf(format, args...) }
func (f *F) Helper() { f.common.Helper() }
func (f *F) Log(args ...any) { f.common.Log(args...) }
func (f *F) Logf(format string, args ...any) { f.common.Logf(format, args...) }
func (f *F) Name() string { return f.common.Name() }
func (f *F) Setenv(key, value string) { f.common.Setenv(key, value) }
func (f *F) Skip(args ...any) { f.common.Skip(args...) }
func (f *F) SkipNow() { f.common.SkipNow() }
func (f *F) Skipf(format string, args ...any) { f.common.Skipf(format, args...) }
func (f *F) Skipped() bool { return f.common.Skipped() }
func (f *F) TempDir() string { return f.common.TempDir() }
