#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);         // Qt Sql loads its driver plugin through the application
    QStandardPaths::setTestModeEnabled(true); // never the user's own data
    return RUN_ALL_TESTS();
}
