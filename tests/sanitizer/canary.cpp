// Faults the sanitizer build must stop on. Each ctest that runs one passes only when the sanitizer's own
// report appears: were the sanitizers ever lost from the build, these tests would fail.

#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

int main(int argc, char** argv)
{
    if (argc != 2) {
        return 2;
    }
    volatile int sink = 0;
    if (std::strcmp(argv[1], "heap-overflow") == 0) {
        char* volatile block = static_cast<char*>(std::malloc(8)); // volatile: only ASan sees the bounds
        sink = block[8 + argc - 2];                                // one past the end
        std::free(block);
    } else if (std::strcmp(argv[1], "signed-overflow") == 0) {
        int big = INT_MAX - 1 + argc; // INT_MAX, unknown to the optimiser
        sink = big + 1;
    } else if (std::strcmp(argv[1], "leak") == 0) {
        void* lost = std::malloc(64);
        std::printf("%p\n", lost);
        lost = nullptr;
    } else {
        return 2;
    }
    std::printf("%d\n", sink);
    return 0; // reached only when no sanitizer stopped the fault
}
